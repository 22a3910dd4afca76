// One person's browser in a single sign-on: next-auth's real handler with Evne's configuration,
// called in-process as the auth route calls it (with the discovered provider), and real HTTP to
// the identity provider (tests/support/oidc-provider.ts), each side with its own cookies.
import { createAuthOptions } from "@/lib/auth/auth-options";
import { discoveredProviderFor } from "@/lib/auth/oidc-discovery";
import { withProviderSignOut } from "@/lib/auth/provider-sign-out";
import { createSessionOriginTracker, type SessionOriginTracker } from "@/lib/auth/session-origin";
import type { Env } from "@/lib/env";
import type { Language } from "@/lib/i18n/settings";
import { callNextAuth } from "./next-auth-handler";
import { TEST_IDP_LOGIN, type EmailVerifiedChoice } from "./test-idp-login";

type AppAnswer = { status: number; location?: string; body: unknown };

export type SsoLogin = { email: string; emailVerified: EmailVerifiedChoice; sub?: string; name?: string };

function keepCookies(jar: Map<string, string>, setCookies: string[], decode: boolean) {
  for (const cookie of setCookies) {
    const [pair = ""] = cookie.split(";");
    const [name = "", ...rest] = pair.split("=");
    const value = rest.join("=");
    if (/expires=Thu, 01 Jan 1970/i.test(cookie) || /max-age=0/i.test(cookie) || value === "")
      jar.delete(name);
    else jar.set(name, decode ? decodeURIComponent(value) : value);
  }
}

export class SsoBrowser {
  appCookies = new Map<string, string>();
  idpCookies = new Map<string, string>();
  /** What the last request to Evne learned about its session (lib/auth/session-origin.ts). */
  sessions: SessionOriginTracker = createSessionOriginTracker();

  constructor(
    readonly env: Env,
    /** Evne's base URL (NEXTAUTH_URL), where the provider sends the person back to. */
    readonly origin: string,
    readonly lang: Language = "nb",
  ) {}

  /** One request to /api/auth/… */
  async app(
    action: string[],
    {
      method = "GET",
      query = {},
      body,
    }: { method?: string; query?: Record<string, string>; body?: Record<string, string> } = {},
  ): Promise<AppAnswer> {
    this.sessions = createSessionOriginTracker();
    const options = createAuthOptions(
      { lang: this.lang, clientIp: "203.0.113.9", sessions: this.sessions },
      this.env,
      await discoveredProviderFor(action, this.env),
    );
    const answer = await callNextAuth(options, {
      action,
      method,
      query,
      body,
      cookies: Object.fromEntries(this.appCookies),
      headers: { host: new URL(this.origin).host },
    });
    keepCookies(this.appCookies, answer.setCookies, true);
    return { status: answer.status, location: answer.location, body: answer.body };
  }

  /** One request to the identity provider, redirects not followed. */
  async idp(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const response = await fetch(url, {
      method: init.method ?? "GET",
      redirect: "manual",
      headers: {
        cookie: [...this.idpCookies].map(([name, value]) => `${name}=${value}`).join("; "),
        ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    keepCookies(this.idpCookies, response.headers.getSetCookie(), false);
    return response;
  }

  /** Follows the provider's redirects until one leads back to Evne; returns that URL. */
  async followToApp(start: string): Promise<URL> {
    let url = new URL(start);
    for (let hop = 0; hop < 10; hop++) {
      if (url.origin === new URL(this.origin).origin) return url;
      const response = await this.idp(url.href);
      const next = response.headers.get("location");
      if (!next) throw new Error(`${url.href} answered ${response.status} without a redirect`);
      url = new URL(next, url);
    }
    throw new Error("too many redirects at the identity provider");
  }

  /**
   * The whole sign-on, as the SSO button starts it: the sign-in redirect, the provider's login page
   * (as `login`), consent, and Evne's callback. Returns where Evne sends the person.
   */
  async signIn(
    login: SsoLogin,
    callbackUrl = `/${this.lang}/library`,
  ): Promise<AppAnswer & { authorizationUrl: URL }> {
    const { back, authorizationUrl } = await this.signInAtProvider(login, callbackUrl);
    return { ...(await this.returnToApp(back)), authorizationUrl };
  }

  /** The sign-on up to the provider's redirect back to Evne's callback, which is not yet called. */
  async signInAtProvider(
    login: SsoLogin,
    callbackUrl = `/${this.lang}/library`,
  ): Promise<{ back: URL; authorizationUrl: URL }> {
    const { csrfToken } = (await this.app(["csrf"])).body as { csrfToken: string };
    const start = await this.app(["signin", "oidc"], {
      method: "POST",
      query: { ui_locales: this.lang },
      body: { csrfToken, callbackUrl, json: "true" },
    });
    const authorizationUrl = new URL((start.body as { url: string }).url);
    const loginPage = await this.followToLoginPage(authorizationUrl);
    const form: Record<string, string> = {
      [TEST_IDP_LOGIN.email.name]: login.email,
      [TEST_IDP_LOGIN.emailVerified.name]: login.emailVerified,
      [TEST_IDP_LOGIN.name.name]: login.name ?? "",
      [TEST_IDP_LOGIN.subject.name]: login.sub ?? "",
    };
    const submitted = await this.idp(`${loginPage.href}/login`, { method: "POST", form });
    const back = await this.followToApp(new URL(submitted.headers.get("location")!, loginPage).href);
    return { back, authorizationUrl };
  }

  /** Evne's callback, with the provider's answer. */
  returnToApp(back: URL): Promise<AppAnswer> {
    return this.app(back.pathname.split("/").slice(3), { query: Object.fromEntries(back.searchParams) });
  }

  /**
   * Sign-out as the sign-out button asks for it (POST with next-auth's CSRF token, JSON answer), with
   * the auth route's step to the provider (lib/auth/next-auth-handler.ts). Returns where the browser goes.
   */
  async signOut(callbackUrl = `/${this.lang}`): Promise<URL> {
    const { csrfToken } = (await this.app(["csrf"])).body as { csrfToken: string };
    const answer = await this.app(["signout"], {
      method: "POST",
      body: { csrfToken, callbackUrl, json: "true" },
    });
    const response = await withProviderSignOut(Response.json(answer.body, { status: answer.status }), {
      ended: this.sessions.ended,
      fallbackLang: this.lang,
      env: this.env,
    });
    return new URL(((await response.json()) as { url: string }).url);
  }

  /**
   * Whether a new sign-in through the provider would ask for credentials: the provider shows its login
   * page, rather than sending the person straight back to Evne on the session it still has.
   */
  async providerAsksToSignIn(): Promise<boolean> {
    const { csrfToken } = (await this.app(["csrf"])).body as { csrfToken: string };
    const start = await this.app(["signin", "oidc"], {
      method: "POST",
      body: { csrfToken, callbackUrl: `/${this.lang}`, json: "true" },
    });
    let url = new URL((start.body as { url: string }).url);
    for (let hop = 0; hop < 10; hop++) {
      if (url.origin === new URL(this.origin).origin) return false;
      const response = await this.idp(url.href);
      const next = response.headers.get("location");
      if (!next) return response.status === 200;
      url = new URL(next, url);
    }
    throw new Error("too many redirects at the identity provider");
  }

  private async followToLoginPage(authorizationUrl: URL): Promise<URL> {
    let url = authorizationUrl;
    for (let hop = 0; hop < 5; hop++) {
      const response = await this.idp(url.href);
      const next = response.headers.get("location");
      if (!next) {
        if (response.status !== 200)
          throw new Error(`${url.href} answered ${response.status}: ${await response.text()}`);
        return url;
      }
      url = new URL(next, url);
    }
    throw new Error("no login page at the identity provider");
  }
}
