// RP-initiated logout (ADR 019) against a real OpenID Connect provider (npm oidc-provider, started
// here), next-auth's real handler with Evne's configuration, and the real database: each session
// keeps its own sign-in's ID token, sealed; sign-out deletes the row, then sends the browser to the
// provider, which accepts the hint, asks, ends its own session and sends the person back.
import { randomUUID } from "node:crypto";
import type { AdapterUser } from "next-auth/adapters";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authUrl, getEnv, parseEnv, type Env } from "@/lib/env";
import { SESSION_ID_TOKEN_PURPOSE, openSecret } from "@/lib/sso/secret-box";
import { setupTestDatabase } from "@/tests/db";
import { startTestIdp, type TestIdp, type TestIdpOptions } from "@/tests/support/oidc-provider";
import { SsoBrowser } from "@/tests/support/sso-browser";
import { createAdapter } from "./adapter";
import { createAuthOptions } from "./auth-options";
import { unverifiedClaims } from "./end-session-url";
import { OIDC_PROVIDER_ID } from "./provider-ids";
import { providerSignOutUrl } from "./provider-sign-out";
import { createSessionOriginTracker } from "./session-origin";

const database = setupTestDatabase();
const ORIGIN = authUrl(getEnv());
const CLIENT = { clientId: "evne", clientSecret: "evne-test-secret" };
const SIGNED_OUT = `${ORIGIN}/api/auth/signed-out`;
const SESSION_COOKIE = "next-auth.session-token";

const started: TestIdp[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(started.splice(0).map((idp) => idp.close()));
});

async function provider(options: Partial<TestIdpOptions> = {}): Promise<{ idp: TestIdp; env: Env }> {
  const idp = await startTestIdp({
    ...CLIENT,
    redirectUri: `${ORIGIN}/api/auth/callback/oidc`,
    postLogoutRedirectUri: SIGNED_OUT,
    ...options,
  });
  started.push(idp);
  return { idp, env: envFor(idp) };
}

function envFor(idp: TestIdp, clientId = CLIENT.clientId): Env {
  return parseEnv({
    ...process.env,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: clientId,
    OIDC_CLIENT_SECRET: CLIENT.clientSecret,
  });
}

const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@firma.no`;

/** The Session row of a browser's cookie, as stored. */
function sessionOf(browser: SsoBrowser) {
  const sessionToken = browser.appCookies.get(SESSION_COOKIE);
  if (!sessionToken) throw new Error("the browser has no session cookie");
  return database.owner.session.findUnique({ where: { sessionToken } });
}

/** The ID token sealed in a session row, opened. */
function idTokenOf(row: { idTokenCiphertext: string | null } | null): string {
  if (!row?.idTokenCiphertext) throw new Error("the session keeps no ID token");
  return openSecret(SESSION_ID_TOKEN_PURPOSE, row.idTokenCiphertext);
}

const nonceOf = (authorizationUrl: URL) => authorizationUrl.searchParams.get("nonce");

describe("the session remembers its sign-in", () => {
  it("keeps the provider and that sign-in's ID token, sealed, and not in what a request reads", async () => {
    const { env } = await provider();
    const browser = new SsoBrowser(env, ORIGIN);
    const { authorizationUrl } = await browser.signIn({ email: address("kari"), emailVerified: "true" });

    const row = await sessionOf(browser);
    expect(row?.signedInWith).toBe(OIDC_PROVIDER_ID);
    // Sealed: it opens to the ID token of this sign-in, and no part of that token is in the column.
    // (Not "contains no eyJ": random ciphertext holds those three letters about once in 200 runs.)
    const idToken = idTokenOf(row);
    for (const part of idToken.split(".")) expect(row?.idTokenCiphertext).not.toContain(part);
    const claims = unverifiedClaims(idToken);
    expect(claims).toMatchObject({ aud: CLIENT.clientId, nonce: nonceOf(authorizationUrl) });

    // next-auth's session lookup (every signed-in request) does not carry it.
    const adapter = createAdapter({ client: database.app, language: "nb" });
    const found = await adapter.getSessionAndUser!(row!.sessionToken);
    expect(found?.session).not.toHaveProperty("idTokenCiphertext");
  });

  it("gives each of two concurrent sign-ins of one person its own ID token", async () => {
    const { env } = await provider();
    const login = { email: address("samtidig"), emailVerified: "true" as const, sub: randomUUID() };
    // Someone Evne knows (two first sign-ins at once race to create the account, in next-auth).
    await new SsoBrowser(env, ORIGIN).signIn(login);
    const browsers = [new SsoBrowser(env, ORIGIN), new SsoBrowser(env, ORIGIN)];
    // Both at the provider first, then both callbacks at once: they overlap inside Evne.
    const signIns = await Promise.all(browsers.map((browser) => browser.signInAtProvider(login)));
    await Promise.all(browsers.map((browser, index) => browser.returnToApp(signIns[index]!.back)));

    const rows = await Promise.all(browsers.map(sessionOf));
    expect(rows[0]!.userId).toBe(rows[1]!.userId);
    expect(rows[0]!.id).not.toBe(rows[1]!.id);
    rows.forEach((row, index) => {
      expect(unverifiedClaims(idTokenOf(row))?.nonce).toBe(nonceOf(signIns[index]!.authorizationUrl));
    });
  });

  it("keeps overlapping requests apart: a session gets the token of the sign-in of its own request", async () => {
    const { env } = await provider();
    const sub = randomUUID();
    const user = await database.owner.user.create({ data: { email: address("parallell"), language: "nb" } });
    await database.owner.account.create({
      data: { userId: user.id, type: "oauth", provider: OIDC_PROVIDER_ID, providerAccountId: sub },
    });
    const requests = ["token-of-a", "token-of-b"].map((idToken) => {
      const sessions = createSessionOriginTracker();
      const options = createAuthOptions({ lang: "nb", clientIp: null, sessions }, env);
      const account = {
        type: "oauth" as const,
        provider: OIDC_PROVIDER_ID,
        providerAccountId: sub,
        id_token: idToken,
      };
      return { idToken, options, account };
    });
    // The order two overlapping callbacks can take: both sign-ins allowed before either session exists.
    for (const { options, account } of requests) {
      expect(await options.callbacks!.signIn!({ user: user as AdapterUser, account, profile: { sub } })).toBe(
        true,
      );
    }
    for (const { idToken, options } of requests.reverse()) {
      const sessionToken = randomUUID();
      await options.adapter!.createSession!({
        sessionToken,
        userId: user.id,
        expires: new Date(Date.now() + 60_000),
      });
      expect(idTokenOf(await database.owner.session.findUnique({ where: { sessionToken } }))).toBe(idToken);
    }
  });

  it("takes the new ID token when someone signed in signs in through the provider again", async () => {
    const { env } = await provider();
    const login = { email: address("igjen"), emailVerified: "true" as const, sub: randomUUID() };
    const browser = new SsoBrowser(env, ORIGIN);
    await browser.signIn(login);
    const before = await sessionOf(browser);
    // A fresh login at the provider; Evne's cookie is still there, so next-auth keeps that session.
    browser.idpCookies.clear();
    const again = await browser.signIn(login);

    const after = await sessionOf(browser);
    expect(after?.id).toBe(before?.id);
    expect(unverifiedClaims(idTokenOf(after))?.nonce).toBe(nonceOf(again.authorizationUrl));
    expect(await database.owner.session.count({ where: { userId: after!.userId } })).toBe(1);
  });
});

describe("sign-out", () => {
  it("deletes the session, then the provider accepts the hint, asks, ends its session and sends the person back", async () => {
    const { idp, env } = await provider();
    const browser = new SsoBrowser(env, ORIGIN, "en");
    await browser.signIn({ email: address("ut"), emailVerified: "true" }, "/en/library");
    const row = await sessionOf(browser);
    const idToken = idTokenOf(row);
    // Before the sign-out, the provider's session would sign the person in again without asking.
    expect(await browser.providerAsksToSignIn()).toBe(false);

    const destination = await browser.signOut("/en/library");
    // The row, and the sealed ID token with it, is gone before the browser leaves for the provider.
    expect(await database.owner.session.count({ where: { id: row!.id } })).toBe(0);
    expect(browser.appCookies.has(SESSION_COOKIE)).toBe(false);
    expect(`${destination.origin}${destination.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(Object.fromEntries(destination.searchParams)).toEqual({
      id_token_hint: idToken,
      client_id: CLIENT.clientId,
      post_logout_redirect_uri: SIGNED_OUT,
      state: "/en/library",
      ui_locales: "en",
    });

    // The provider validated the hint and asks; an invalid one would get its error page instead.
    const prompt = await browser.idp(destination.href);
    const page = await prompt.text();
    expect(prompt.status).toBe(200);
    expect(page).toContain("Do you want to sign-out from");
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1];
    expect(xsrf).toBeTruthy();
    const confirmed = await browser.idp(`${idp.issuer}/session/end/confirm`, {
      method: "POST",
      form: { xsrf: xsrf!, logout: "yes" },
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe(
      `${SIGNED_OUT}?state=${encodeURIComponent("/en/library")}`,
    );
    // The provider's own session is gone: signing in again asks for credentials.
    expect(await browser.providerAsksToSignIn()).toBe(true);
  });

  it("is Evne's own for a session that began with an email link, though the person has a provider identity", async () => {
    const { env } = await provider();
    const browser = new SsoBrowser(env, ORIGIN);
    await browser.signIn({ email: address("epost"), emailVerified: "true" });
    const { userId } = (await sessionOf(browser))!;
    // This time by email: next-auth's email callback creates the session through the same adapter.
    const sessionToken = randomUUID();
    await createAdapter({ client: database.app, language: "nb" }).createSession!({
      sessionToken,
      userId,
      expires: new Date(Date.now() + 60_000),
    });
    expect(await database.owner.session.findUnique({ where: { sessionToken } })).toMatchObject({
      signedInWith: null,
      idTokenCiphertext: null,
    });
    browser.appCookies.set(SESSION_COOKIE, sessionToken);

    const destination = await browser.signOut();
    expect(destination.href).toBe(`${ORIGIN}/nb`);
    expect(await database.owner.session.count({ where: { sessionToken } })).toBe(0);
  });

  it("is Evne's own when the provider offers no end_session_endpoint", async () => {
    const { env } = await provider({ rpInitiatedLogout: false });
    const browser = new SsoBrowser(env, ORIGIN);
    await browser.signIn({ email: address("uten"), emailVerified: "true" });
    const row = await sessionOf(browser);

    const destination = await browser.signOut();
    expect(destination.href).toBe(`${ORIGIN}/nb`);
    expect(await database.owner.session.count({ where: { id: row!.id } })).toBe(0);
    // The provider still has its session: nothing was asked of it.
    expect(await browser.providerAsksToSignIn()).toBe(false);
  });

  it("leaves the provider alone when its client is no longer the one the ID token was issued to", async () => {
    const { idp, env } = await provider();
    const browser = new SsoBrowser(env, ORIGIN);
    await browser.signIn({ email: address("flyttet"), emailVerified: "true" });
    const ended = { signedInWith: OIDC_PROVIDER_ID, idToken: idTokenOf(await sessionOf(browser)) };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});

    const moved = envFor(idp, "another-client");
    expect(await providerSignOutUrl({ ended, returnPath: "/nb", lang: "nb", env: moved })).toBeNull();
    expect(warn.mock.calls.join("\n")).toMatch(/ID token is from another provider or client/);
    expect(warn.mock.calls.join("\n")).not.toMatch(/eyJ/);
    // The same token under the configuration it came from does go to the provider.
    expect(await providerSignOutUrl({ ended, returnPath: "/nb", lang: "nb", env })).toMatch(
      /\/session\/end\?/,
    );
  });
});
