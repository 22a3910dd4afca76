// Sign-out at the provider (OpenID Connect RP-Initiated Logout 1.0, ADR 019): after next-auth has
// deleted a session that came from an OpenID Connect provider offering an end_session_endpoint, the
// browser goes there instead of to Evne's home page; any other sign-out is left as it was.
import "server-only";
import { oidcSettings, authUrl, getEnv, type Env, type OidcSettings } from "@/lib/env";
import type { Language } from "@/lib/i18n/settings";
import { loadOrgSso } from "@/lib/sso/org-sso";
import { languageOfPath, safeCallbackPath } from "./callback-url";
import { endSessionUrl, idTokenIsFor, postLogoutRedirectUri } from "./end-session-url";
import { discoverProvider } from "./oidc-discovery";
import { OIDC_PROVIDER_ID, orgIdOfProvider } from "./provider-ids";
import type { SessionOrigin } from "./session-origin";
import { redirectElsewhere, redirectTargetOf } from "./sign-out-response";

/** The provider a session was signed in with, as configured now; null when it is gone. */
async function settingsOf(signedInWith: string, env: Env): Promise<OidcSettings | null> {
  if (signedInWith === OIDC_PROVIDER_ID) return oidcSettings(env);
  const orgId = orgIdOfProvider(signedInWith);
  if (!orgId) return null;
  return (await loadOrgSso(orgId))?.settings ?? null;
}

/**
 * The provider's end-session URL for the session that just ended, or null for Evne's own sign-out:
 * no provider, a provider without end_session_endpoint, one configured anew since the sign-in, or
 * any failure (logged; the session is gone either way).
 */
export async function providerSignOutUrl({
  ended,
  returnPath,
  lang,
  env = getEnv(),
}: {
  ended: SessionOrigin | null;
  /** The path on this site the sign-out was going to. */
  returnPath: string;
  lang: Language;
  env?: Env;
}): Promise<string | null> {
  if (!ended) return null;
  try {
    const settings = await settingsOf(ended.signedInWith, env);
    if (!settings) return null;
    const discovered = await discoverProvider(settings);
    const endpoint = discovered?.metadata.end_session_endpoint;
    if (!discovered || !endpoint) return null;
    if (!idTokenIsFor(ended.idToken, { issuer: discovered.metadata.issuer, clientId: settings.clientId })) {
      console.warn(
        `[auth] no sign-out at ${settings.issuer}: the session's ID token is from another provider or client (${ended.signedInWith})`,
      );
      return null;
    }
    return endSessionUrl({
      endpoint,
      idToken: ended.idToken,
      clientId: settings.clientId,
      postLogoutRedirectUri: postLogoutRedirectUri(authUrl(env)),
      returnPath,
      lang,
    });
  } catch (error) {
    console.warn(
      `[auth] no sign-out at the provider of ${ended.signedInWith}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/**
 * next-auth's answer to a sign-out that deleted the session `ended`: as it is, or sending the browser
 * to the provider's end-session URL, to come back to the page it would have gone to, in its language.
 */
export async function withProviderSignOut(
  response: Response,
  { ended, fallbackLang, env = getEnv() }: { ended: SessionOrigin | null; fallbackLang: Language; env?: Env },
): Promise<Response> {
  if (!ended) return response;
  const target = await redirectTargetOf(response);
  if (!target) return response;
  const lang = languageOfPath(target, authUrl(env)) ?? fallbackLang;
  const returnPath = safeCallbackPath(target, lang, authUrl(env));
  const url = await providerSignOutUrl({ ended, returnPath, lang, env });
  return url ? redirectElsewhere(response, url) : response;
}
