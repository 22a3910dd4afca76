import "server-only";
import type { Provider } from "next-auth/providers/index";
import EmailProvider, { type SendVerificationRequestParams } from "next-auth/providers/email";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { oidcSettings, type Env } from "@/lib/env";
import { normalizeEmail } from "./email-address";
import { EMAIL_PROVIDER_ID, OIDC_PROVIDER_ID } from "./provider-ids";
import { SIGN_IN_LINK_MAX_AGE_SECONDS } from "./verification-mail";

export { EMAIL_PROVIDER_ID, OIDC_PROVIDER_ID };

/** The claims Evne reads from an OpenID Connect ID token. */
export type OidcProfile = {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
};

/** Single sign-on through any OpenID Connect provider, configured by its issuer URL. */
export function oidcProvider(settings: {
  issuer: string;
  clientId: string;
  clientSecret: string;
}): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: "Single sign-on",
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    // The organization's own identity provider vouches for the address (signIn checks email_verified),
    // so a person who first came by email link keeps one account when they later use single sign-on.
    allowDangerousEmailAccountLinking: true,
    profile(profile) {
      return {
        id: profile.sub,
        email: normalizeEmail(profile.email ?? ""),
        name: profile.name ?? profile.preferred_username ?? null,
        image: null,
      };
    },
  };
}

/** Email link always; single sign-on only when all three OIDC variables are set. */
export function authProviders(
  env: Pick<Env, "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET" | "MAIL_FROM">,
  sendVerificationRequest: (params: SendVerificationRequestParams) => Promise<void>,
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
  if (oidc) providers.push(oidcProvider(oidc));
  return providers;
}

/** Whether the sign-in page offers single sign-on. */
export function isSingleSignOnEnabled(
  env: Pick<Env, "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET">,
): boolean {
  return oidcSettings(env) !== null;
}
