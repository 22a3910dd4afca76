// The whole email sign-in through next-auth's real handler and Evne's configuration, against a
// real database: request → outbox → link → database session → sign-out. (The Next.js route adds
// only the request context, which these tests pass in directly.)
import { runDueJobs } from "@/lib/jobs/job-worker";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/db";
import { callNextAuth } from "@/tests/support/next-auth-handler";
import type { Language } from "@/lib/i18n/settings";
import { createAuthOptions } from "./auth-options";
import { redeemSignInCode, SIGN_IN_CODE_MAX_FAILURES } from "./sign-in-code";
import { SIGN_IN_LIMIT_PER_EMAIL } from "./sign-in-rate-limit";

const database = setupTestDatabase();
const ORIGIN = "http://localhost:3000";

type Response = { status: number; location?: string; setCookies: string[]; body: unknown };

/** A browser's cookies for the origin: enough of one to follow next-auth's flow. */
class Browser {
  cookies = new Map<string, string>();
  constructor(
    readonly lang: Language,
    readonly ip = `203.0.113.${Math.floor(Math.random() * 250)}`,
  ) {}

  async call(
    action: string[],
    {
      method = "GET",
      query = {},
      body,
    }: { method?: string; query?: Record<string, string>; body?: Record<string, string> } = {},
  ): Promise<Response> {
    const {
      status,
      location,
      body: payload,
      setCookies,
    } = await callNextAuth(createAuthOptions({ lang: this.lang, clientIp: this.ip }), {
      action,
      method,
      query,
      body,
      cookies: Object.fromEntries(this.cookies),
      headers: { host: "localhost:3000" },
    });
    for (const cookie of setCookies) {
      const [pair = ""] = cookie.split(";");
      const [name = "", ...value] = pair.split("=");
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value.join("=") === "") this.cookies.delete(name);
      // Servers read cookies decoded (next-auth encodes the callback URL).
      else this.cookies.set(name, decodeURIComponent(value.join("=")));
    }
    return { status, location, setCookies, body: payload };
  }

  async csrfToken(): Promise<string> {
    const response = await this.call(["csrf"]);
    return (response.body as { csrfToken: string }).csrfToken;
  }

  /** What the sign-in form does (next-auth/react's signIn with redirect: false). */
  async requestLink(email: string, callbackUrl = `/${this.lang}`): Promise<string> {
    const csrfToken = await this.csrfToken();
    const response = await this.call(["signin", "email"], {
      method: "POST",
      body: { email, csrfToken, callbackUrl, json: "true" },
    });
    return (response.body as { url: string }).url;
  }
}

async function latestMailTo(address: string) {
  await runDueJobs();
  return database.owner.outboxMessage.findFirst({ where: { to: address }, orderBy: { createdAt: "desc" } });
}

/** The mail's link: the confirmation page (lib/auth/sign-in-link.ts), never next-auth's callback. */
function linkIn(text: string): URL {
  const match = /http:\/\/\S+\/[a-z]{2}\/sign-in\/confirm\?\S+/.exec(text);
  if (!match) throw new Error(`no sign-in link in: ${text}`);
  return new URL(match[0]);
}

describe("email sign-in", () => {
  it("mails a translated link to the outbox, signs in with a database session and returns to the page", async () => {
    const browser = new Browser("en");
    const url = await browser.requestLink("  Kari.Nordmann@Firma.NO ", "/en/library/handtere-avvisning");
    expect(url).toBe(`${ORIGIN}/api/auth/verify-request?provider=email&type=email`);

    const mail = await latestMailTo("kari.nordmann@firma.no");
    expect(mail).toMatchObject({ subject: "Sign in to Evne" });
    expect(mail?.html).toContain('<html lang="en">');
    const link = linkIn(mail!.text);
    expect(link.origin).toBe(ORIGIN);
    expect(link.pathname).toBe("/en/sign-in/confirm");
    expect(mail!.text).not.toContain("/api/auth/callback");
    expect(link.searchParams.get("callbackUrl")).toBe(`${ORIGIN}/en/library/handtere-avvisning`);
    // Only a hash of the token is stored.
    const stored = await database.owner.verificationToken.findFirst({
      where: { identifier: "kari.nordmann@firma.no" },
    });
    expect(stored?.token).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.token).not.toBe(link.searchParams.get("token"));

    // The confirmation page's button: a POST to next-auth's callback with the link's parameters.
    const callback = await browser.call(["callback", "email"], {
      method: "POST",
      query: Object.fromEntries(link.searchParams),
    });
    expect(callback.status).toBe(302);
    expect(callback.location).toBe(`${ORIGIN}/en/library/handtere-avvisning`);
    const sessionCookie = callback.setCookies.find((cookie) => cookie.startsWith("next-auth.session-token="));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    expect(sessionCookie).toMatch(/Path=\//);

    const user = await database.owner.user.findUniqueOrThrow({ where: { email: "kari.nordmann@firma.no" } });
    expect(user.language).toBe("en");
    expect(user.emailVerified).toBeInstanceOf(Date);
    const token = browser.cookies.get("next-auth.session-token");
    expect(await database.owner.session.count({ where: { userId: user.id, sessionToken: token } })).toBe(1);

    const session = await browser.call(["session"]);
    expect((session.body as { user: unknown }).user).toEqual({
      id: user.id,
      email: "kari.nordmann@firma.no",
      name: null,
      language: "en",
    });

    // A link works once.
    const again = await browser.call(["callback", "email"], { query: Object.fromEntries(link.searchParams) });
    expect(again.location).toBe(`${ORIGIN}/api/auth/error?error=Verification`);
    const errorPage = await browser.call(["error"], { query: { error: "Verification" } });
    expect(errorPage.location).toBe("/en/sign-in?error=Verification");

    // Sign-out deletes the session row and the cookie.
    const csrfToken = await browser.csrfToken();
    const signOut = await browser.call(["signout"], {
      method: "POST",
      body: { csrfToken, callbackUrl: "/en", json: "true" },
    });
    expect((signOut.body as { url: string }).url).toBe(`${ORIGIN}/en`);
    expect(await database.owner.session.count({ where: { userId: user.id } })).toBe(0);
    expect(browser.cookies.has("next-auth.session-token")).toBe(false);
    expect(await browser.call(["session"])).toMatchObject({ body: {} });
  });

  it("writes the mail in the language of the page it was asked from", async () => {
    await new Browser("nl").requestLink("jan@bedrijf.nl", "/nl");
    expect(await latestMailTo("jan@bedrijf.nl")).toMatchObject({ subject: "Inloggen bij Evne" });
    await new Browser("nb").requestLink("ola@firma.no");
    expect(await latestMailTo("ola@firma.no")).toMatchObject({ subject: "Logg inn på Evne" });
  });

  it("refuses a malformed address before anything is sent", async () => {
    const browser = new Browser("nb");
    const before = await database.owner.outboxMessage.count();
    const url = await browser.requestLink("per@firma");
    expect(url).toBe(`${ORIGIN}/nb/sign-in?error=InvalidEmail`);
    const twoAddresses = await browser.requestLink("a@firma.no,b@firma.no");
    expect(twoAddresses).toBe(`${ORIGIN}/nb/sign-in?error=InvalidEmail`);
    await runDueJobs();
    expect(await database.owner.outboxMessage.count()).toBe(before);
  });

  it("stops after 5 links per address in 15 minutes, with a code the page translates and no mail", async () => {
    const email = `limit-${Date.now()}@firma.no`;
    for (let i = 0; i < SIGN_IN_LIMIT_PER_EMAIL; i++) {
      // A new client each time: the per-address limit holds whatever the client.
      expect(await new Browser("nb").requestLink(email)).toContain("/api/auth/verify-request");
    }
    // With the minutes until the first of the five leaves the window.
    expect(await new Browser("nb").requestLink(email)).toBe(
      `${ORIGIN}/nb/sign-in?error=RateLimited&retryIn=15`,
    );
    await runDueJobs();
    expect(await database.owner.outboxMessage.count({ where: { to: email } })).toBe(SIGN_IN_LIMIT_PER_EMAIL);
  });

  it("never returns to another site", async () => {
    const browser = new Browser("nb");
    await browser.requestLink("eve@firma.no", "https://evil.example/steal");
    const link = linkIn((await latestMailTo("eve@firma.no"))!.text);
    expect(link.searchParams.get("callbackUrl")).toBe(`${ORIGIN}/nb`);
    const callback = await browser.call(["callback", "email"], {
      query: Object.fromEntries(link.searchParams),
    });
    expect(callback.location).toBe(`${ORIGIN}/nb`);
  });
});

describe("the one-time code in the mail", () => {
  const codeIn = (text: string) => {
    const match = /(\d{3}) (\d{3})/.exec(text);
    if (!match) throw new Error(`no code in: ${text}`);
    return `${match[1]}${match[2]}`;
  };

  it("signs in once with the mail's token; the link is then used up too", async () => {
    const browser = new Browser("nb");
    await browser.requestLink("kode@firma.no", "/nb/library");
    const mail = (await latestMailTo("kode@firma.no"))!;
    const code = codeIn(mail.text);
    const redeemed = await redeemSignInCode({
      identifier: "kode@firma.no",
      code: ` ${code.slice(0, 3)}-${code.slice(3)} `,
    });
    expect(redeemed).toEqual({ ok: true, token: linkIn(mail.text).searchParams.get("token") });
    const callback = await browser.call(["callback", "email"], {
      method: "POST",
      query: {
        token: (redeemed as { token: string }).token,
        email: "kode@firma.no",
        callbackUrl: "/nb/library",
      },
    });
    expect(callback.location).toBe(`${ORIGIN}/nb/library`);
    expect(await redeemSignInCode({ identifier: "kode@firma.no", code })).toEqual({
      ok: false,
      reason: "invalid",
    });
    const link = await browser.call(["callback", "email"], {
      method: "POST",
      query: Object.fromEntries(linkIn(mail.text).searchParams),
    });
    expect(link.location).toBe(`${ORIGIN}/api/auth/error?error=Verification`);
  });

  it("stops working after five wrong codes, counted across the address's mails, and when it expires", async () => {
    const browser = new Browser("nb");
    await browser.requestLink("gjett@firma.no");
    await browser.requestLink("gjett@firma.no");
    const code = codeIn((await latestMailTo("gjett@firma.no"))!.text);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < SIGN_IN_CODE_MAX_FAILURES; i++) {
      expect(await redeemSignInCode({ identifier: "gjett@firma.no", code: wrong })).toMatchObject({
        ok: false,
      });
    }
    expect(await redeemSignInCode({ identifier: "gjett@firma.no", code })).toEqual({
      ok: false,
      reason: "invalid",
    });

    await browser.requestLink("sent@firma.no");
    const late = codeIn((await latestMailTo("sent@firma.no"))!.text);
    const afterExpiry = new Date(Date.now() + 16 * 60 * 1000);
    expect(await redeemSignInCode({ identifier: "sent@firma.no", code: late, now: afterExpiry })).toEqual({
      ok: false,
      reason: "expired",
    });
    // Another address cannot use it.
    expect(await redeemSignInCode({ identifier: "annen@firma.no", code: late })).toMatchObject({ ok: false });
    expect(await redeemSignInCode({ identifier: "sent@firma.no", code: late })).toMatchObject({ ok: true });
  });
});
