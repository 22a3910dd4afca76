// Single sign-on against a real OpenID Connect provider (npm oidc-provider, started here) through
// next-auth's real handler, Evne's configuration and a real database: claims from userinfo, the
// ID token algorithm from discovery, and no account linked or created by an unverified address.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authUrl, getEnv, parseEnv, type Env } from "@/lib/env";
import { setupTestDatabase } from "@/tests/db";
import { startTestIdp, type TestIdp, type TestIdpOptions } from "@/tests/support/oidc-provider";
import { SsoBrowser } from "@/tests/support/sso-browser";
import { SSO_EMAIL_MISSING, SSO_EMAIL_UNVERIFIED } from "./sign-in-errors";

const database = setupTestDatabase();
const ORIGIN = authUrl(getEnv());
const CLIENT = { clientId: "evne", clientSecret: "evne-test-secret" };

const started: TestIdp[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(started.splice(0).map((idp) => idp.close()));
});

async function provider(
  options: Partial<TestIdpOptions> = {},
  extraEnv: Record<string, string> = {},
): Promise<{ idp: TestIdp; env: Env }> {
  const idp = await startTestIdp({ ...CLIENT, redirectUri: `${ORIGIN}/api/auth/callback/oidc`, ...options });
  started.push(idp);
  const env = parseEnv({
    ...process.env,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: CLIENT.clientId,
    OIDC_CLIENT_SECRET: CLIENT.clientSecret,
    ...extraEnv,
  });
  return { idp, env };
}

const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@firma.no`;

async function accountsOf(email: string) {
  return database.owner.account.findMany({ where: { user: { email } } });
}

describe("single sign-on", () => {
  it("signs in with oidc-provider's defaults: code with PKCE, state and nonce; email claims from userinfo", async () => {
    const { idp, env } = await provider();
    const email = address("kari");
    const browser = new SsoBrowser(env, ORIGIN);
    const answer = await browser.signIn({ email: email.toUpperCase(), emailVerified: "true", name: "Kari" });

    expect(answer.location).toBe(`${ORIGIN}/nb/library`);
    const [request] = idp.authorizationRequests;
    expect(request?.get("response_type")).toBe("code");
    expect(request?.get("code_challenge_method")).toBe("S256");
    expect(request?.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(request?.get("state")).toBeTruthy();
    expect(request?.get("nonce")).toBeTruthy();
    expect(request?.get("scope")).toBe("openid email profile");
    // The ID token carried no email claims (conformIdTokenClaims): they came from userinfo.
    expect(idp.userinfoRequests()).toBe(1);

    const user = await database.owner.user.findUniqueOrThrow({
      where: { email },
      include: { accounts: true },
    });
    expect(user.name).toBe("Kari");
    expect(user.accounts).toMatchObject([{ provider: "oidc", type: "oauth" }]);
    const token = browser.appCookies.get("next-auth.session-token");
    expect(await database.owner.session.count({ where: { userId: user.id, sessionToken: token } })).toBe(1);
  });

  it.each(["ES256", "EdDSA"] as const)("takes the ID token algorithm from discovery: %s", async (alg) => {
    const { env } = await provider({ alg });
    const email = address(alg.toLowerCase());
    const answer = await new SsoBrowser(env, ORIGIN).signIn({ email, emailVerified: "true" });
    expect(answer.location).toBe(`${ORIGIN}/nb/library`);
    expect(await accountsOf(email)).toHaveLength(1);
  });

  it("uses OIDC_ID_TOKEN_SIGNING_ALG when the provider offers RS256 too but signs with another", async () => {
    const unset = await provider({ alg: "PS256" });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = await new SsoBrowser(unset.env, ORIGIN).signIn({
      email: address("ps"),
      emailVerified: "true",
    });
    expect(refused.location).toBe(`${ORIGIN}/api/auth/error?error=OAuthCallback`);

    const { env } = await provider({ alg: "PS256" }, { OIDC_ID_TOKEN_SIGNING_ALG: "PS256" });
    const email = address("ps");
    const answer = await new SsoBrowser(env, ORIGIN).signIn({ email, emailVerified: "true" });
    expect(answer.location).toBe(`${ORIGIN}/nb/library`);
    expect(await accountsOf(email)).toHaveLength(1);
  });

  it("reads the claims from the ID token alone when it carries them, and discovers the provider once", async () => {
    const { idp, env } = await provider({ conformIdTokenClaims: false });
    const email = address("ida");
    const sub = randomUUID();
    await new SsoBrowser(env, ORIGIN).signIn({ email, emailVerified: "true", sub });
    const again = await new SsoBrowser(env, ORIGIN).signIn({ email, emailVerified: "true", sub });
    expect(again.location).toBe(`${ORIGIN}/nb/library`);
    expect(idp.userinfoRequests()).toBe(0);
    expect(idp.discoveryRequests()).toBe(1);
    expect(await accountsOf(email)).toHaveLength(1);
  });

  it("links a verified address to the account that already has it", async () => {
    const { env } = await provider();
    const email = address("leder");
    const existing = await database.owner.user.create({ data: { email, language: "nb" } });
    await new SsoBrowser(env, ORIGIN).signIn({ email, emailVerified: "true" });
    expect(await database.owner.user.count({ where: { email } })).toBe(1);
    expect(await database.owner.account.findMany({ where: { userId: existing.id } })).toMatchObject([
      { provider: "oidc" },
    ]);
  });

  it("refuses an address without email_verified: nothing linked, no session, the reason logged", async () => {
    const { env } = await provider();
    const email = address("manager");
    const existing = await database.owner.user.create({ data: { email, language: "nb" } });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const browser = new SsoBrowser(env, ORIGIN, "en");

    const answer = await browser.signIn({ email, emailVerified: "absent" }, "/en");
    expect(answer.location).toBe(`${ORIGIN}/en/sign-in?error=${SSO_EMAIL_UNVERIFIED}`);
    expect(await database.owner.account.count({ where: { userId: existing.id } })).toBe(0);
    expect(await database.owner.session.count({ where: { userId: existing.id } })).toBe(0);
    expect(browser.appCookies.has("next-auth.session-token")).toBe(false);
    const logged = warn.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(logged).toMatch(/single sign-on refused \(SsoEmailUnverified\): no email_verified claim/);
    // No token (a JWT starts with eyJ) and no address in the log.
    expect(logged).not.toMatch(/eyJ/);
    expect(logged).not.toContain(email);
  });

  it("refuses email_verified false and a missing address: no user created", async () => {
    const { env } = await provider();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const email = address("ny");
    const unverified = await new SsoBrowser(env, ORIGIN).signIn({ email, emailVerified: "false" });
    expect(unverified.location).toBe(`${ORIGIN}/nb/sign-in?error=${SSO_EMAIL_UNVERIFIED}`);
    expect(await database.owner.user.count({ where: { email } })).toBe(0);

    const users = await database.owner.user.count();
    const noAddress = await new SsoBrowser(env, ORIGIN).signIn({ email: "", emailVerified: "true" });
    expect(noAddress.location).toBe(`${ORIGIN}/nb/sign-in?error=${SSO_EMAIL_MISSING}`);
    expect(await database.owner.user.count()).toBe(users);
  });

  it("recognises an identity linked before by its subject, whatever the provider now says about the address", async () => {
    const { env } = await provider();
    const email = address("sara");
    const sub = randomUUID();
    await new SsoBrowser(env, ORIGIN).signIn({ email, emailVerified: "true", sub });
    const later = await new SsoBrowser(env, ORIGIN).signIn({ email, emailVerified: "absent", sub });
    expect(later.location).toBe(`${ORIGIN}/nb/library`);
    const user = await database.owner.user.findUniqueOrThrow({ where: { email } });
    expect(await database.owner.session.count({ where: { userId: user.id } })).toBe(2);
  });
});
