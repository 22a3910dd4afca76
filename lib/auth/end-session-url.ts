// The logout request of OpenID Connect RP-Initiated Logout 1.0 (ADR 019): where Evne sends the
// browser after it has ended its own session, so the provider ends its session too.
import type { Language } from "@/lib/i18n/settings";
import { languageOfPath, safeCallbackPath } from "./callback-url";

/** Where the provider sends the person back: one address for every page (the page rides in `state`). */
export const POST_LOGOUT_PATH = "/api/auth/signed-out";

/** The post_logout_redirect_uri to register with a provider, next to the redirect URI. */
export function postLogoutRedirectUri(origin: string): string {
  return `${origin.replace(/\/+$/, "")}${POST_LOGOUT_PATH}`;
}

/**
 * Where to go once back from the provider: the page sign-out was going to (`state` carries it), but
 * the signed-out page instead of the home page, so the person reads what happened. `state` comes
 * back through the browser: only a path on this site, in one of its languages, is taken.
 */
export function pageAfterProviderSignOut(state: string | null | undefined, fallbackLang: Language): string {
  const lang = languageOfPath(state) ?? fallbackLang;
  const path = safeCallbackPath(state, lang);
  const isHome = new URL(path, "http://evne.invalid").pathname.replace(/\/+$/, "") === `/${lang}`;
  return isHome || !languageOfPath(path) ? `/${lang}/signed-out` : path;
}

export type EndSessionRequest = {
  /** The provider's end_session_endpoint, from its discovery document. */
  endpoint: string;
  /** The ID token of the sign-in whose session ends. */
  idToken: string;
  clientId: string;
  postLogoutRedirectUri: string;
  /** The path sign-out was going to on this site, brought back as `state`. */
  returnPath: string;
  /** The page's language, sent as `ui_locales`. */
  lang: Language;
};

/**
 * The end-session URL, for a GET: the endpoint with its own query kept (the standard requires it)
 * and id_token_hint, client_id, post_logout_redirect_uri, state and ui_locales added.
 */
export function endSessionUrl(request: EndSessionRequest): string {
  const url = new URL(request.endpoint);
  url.searchParams.set("id_token_hint", request.idToken);
  url.searchParams.set("client_id", request.clientId);
  url.searchParams.set("post_logout_redirect_uri", request.postLogoutRedirectUri);
  url.searchParams.set("state", request.returnPath);
  url.searchParams.set("ui_locales", request.lang);
  return url.href;
}

/** The claims of a JWT, not verified: Evne stored the token itself, after openid-client had verified it. */
export function unverifiedClaims(jwt: string): Record<string, unknown> | null {
  const payload = jwt.split(".")[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims !== null && typeof claims === "object" && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, "");

/**
 * Whether an ID token was issued by `issuer` to `clientId`. An organization may have moved to another
 * provider or client since the person signed in: that provider would refuse the hint, or worse,
 * show an error instead of signing them out, so Evne then ends its own session only.
 */
export function idTokenIsFor(
  idToken: string,
  { issuer, clientId }: { issuer: string; clientId: string },
): boolean {
  const claims = unverifiedClaims(idToken);
  if (!claims || typeof claims.iss !== "string") return false;
  if (withoutTrailingSlash(claims.iss) !== withoutTrailingSlash(issuer)) return false;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  return audiences.includes(clientId);
}
