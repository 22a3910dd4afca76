import "server-only";
import type { Provider } from "next-auth/providers/index";
import EmailProvider, { type SendVerificationRequestParams } from "next-auth/providers/email";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Client, TokenSet as OpenidTokenSet, TokenSetParameters } from "openid-client";
import { oidcSettings, type Env, type OidcSettings } from "@/lib/env";
import { normalizeEmail } from "./email-address";
import { lacksEmailClaims, mergeOidcClaims, type OidcClaims } from "./oidc-claims";
import type { DiscoveredProvider } from "./oidc-discovery";
import { EMAIL_PROVIDER_ID, OIDC_PROVIDER_ID } from "./provider-ids";
import { SIGN_IN_LINK_MAX_AGE_SECONDS } from "./verification-mail";

export { EMAIL_PROVIDER_ID, OIDC_PROVIDER_ID };

const SCOPE = "openid email profile";

/** The claims of a sign-in: the ID token's, completed from userinfo when it lacks the address or its verification. */
async function signInClaims({
  tokens,
  client,
}: {
  tokens: TokenSetParameters;
  client: Client;
}): Promise<OidcClaims> {
  // next-auth types the tokens loosely; they are openid-client's TokenSet, the ID token already validated.
  const tokenSet = tokens as OpenidTokenSet;
  const idToken = tokenSet.claims() as OidcClaims;
  if (!lacksEmailClaims(idToken) || !client.issuer.metadata.userinfo_endpoint) return idToken;
  // openid-client refuses an answer about another subject than the ID token's.
  const userinfo = await client.userinfo(tokenSet);
  return mergeOidcClaims(idToken, userinfo);
}

/**
 * Single sign-on through any OpenID Connect provider: authorization code with PKCE, state and nonce,
 * claims from the ID token and userinfo, the ID token algorithm from discovery. Without `discovered`
 * (a request that does not talk to the provider, or discovery failed) next-auth discovers the
 * provider itself, which only the sign-in redirect uses.
 */
export function oidcProvider(
  settings: OidcSettings,
  discovered: DiscoveredProvider | null = null,
  /** Another id and name: an organization's own provider (ADR 016). */
  identity: { id: string; name: string } = { id: OIDC_PROVIDER_ID, name: "Single sign-on" },
): OAuthConfig<OidcClaims> {
  const endpoints: Partial<OAuthConfig<OidcClaims>> = discovered
    ? {
        issuer: discovered.metadata.issuer,
        authorization: { url: discovered.metadata.authorization_endpoint, params: { scope: SCOPE } },
        token: discovered.metadata.token_endpoint,
        userinfo: { url: discovered.metadata.userinfo_endpoint, request: signInClaims },
        jwks_endpoint: discovered.metadata.jwks_uri,
        client: {
          id_token_signed_response_alg: discovered.idTokenSigningAlg,
          token_endpoint_auth_method: discovered.tokenEndpointAuthMethod,
        },
      }
    : {
        wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
        authorization: { params: { scope: SCOPE } },
        userinfo: { request: signInClaims },
      };
  return {
    id: identity.id,
    name: identity.name,
    type: "oauth",
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    ...endpoints,
    // Only reached after the signIn callback has seen `email_verified: true` (refuseUnverifiedEmail):
    // a person who first came by email link keeps one account when they later use single sign-on.
    allowDangerousEmailAccountLinking: true,
    profile(claims) {
      return {
        id: claims.sub,
        email: typeof claims.email === "string" ? normalizeEmail(claims.email) : "",
        name: firstString(claims.name, claims.preferred_username),
        image: null,
      };
    },
  };
}

function firstString(...values: unknown[]): string | null {
  return values.find((value): value is string => typeof value === "string" && value !== "") ?? null;
}

/** Email link always; single sign-on only when all three OIDC variables are set. */
export function authProviders(
  env: Pick<
    Env,
    "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET" | "OIDC_ID_TOKEN_SIGNING_ALG" | "MAIL_FROM"
  >,
  sendVerificationRequest: (params: SendVerificationRequestParams) => Promise<void>,
  discovered: DiscoveredProvider | null = null,
): Provider[] {
  const providers: Provider[] = [
    EmailProvider({
      from: env.MAIL_FROM,
      maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
      // Never throws: a malformed address is refused by the signIn callback with a message people can act on.
      normalizeIdentifier: normalizeEmail,
      sendVerificationRequest,
    }),
  ];
  const oidc = oidcSettings(env);
  if (oidc) providers.push(oidcProvider(oidc, discovered));
  return providers;
}

/** Whether the sign-in page offers single sign-on. */
export function isSingleSignOnEnabled(
  env: Pick<Env, "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET">,
): boolean {
  return oidcSettings(env) !== null;
}
