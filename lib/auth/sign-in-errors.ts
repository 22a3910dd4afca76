// Error codes the sign-in page can be sent back with: next-auth's own (…?error=Verification) and
// those Evne adds in the signIn callback. Shared by the page and the form, so no "server-only".
import type { TranslationKey } from "@/lib/i18n/keys";

/** Evne's codes, returned by the signIn callback. */
export const INVALID_EMAIL = "InvalidEmail";
export const RATE_LIMITED = "RateLimited";
/** Single sign-on refused: the identity provider gave no usable email address. */
export const SSO_EMAIL_MISSING = "SsoEmailMissing";
/** Single sign-on refused: the identity provider did not say `email_verified: true`. */
export const SSO_EMAIL_UNVERIFIED = "SsoEmailUnverified";

/** Mail sign-in refused: the address's organization requires single sign-on. */
export const SSO_REQUIRED = "SsoRequired";
/** An organization's provider signed in an address outside the organization's verified domains. */
export const SSO_DOMAIN_NOT_ALLOWED = "SsoDomainNotAllowed";

const messageKeys: Partial<Record<string, TranslationKey>> = {
  [INVALID_EMAIL]: "auth.errors.invalidEmail",
  [RATE_LIMITED]: "auth.errors.rateLimited",
  [SSO_EMAIL_MISSING]: "auth.errors.ssoEmailMissing",
  [SSO_EMAIL_UNVERIFIED]: "auth.errors.ssoEmailUnverified",
  [SSO_REQUIRED]: "auth.errors.ssoRequired",
  [SSO_DOMAIN_NOT_ALLOWED]: "auth.errors.ssoDomainNotAllowed",
  Verification: "auth.errors.linkExpired",
  EmailSignin: "auth.errors.mailFailed",
  OAuthSignin: "auth.errors.sso",
  OAuthCallback: "auth.errors.sso",
  OAuthCreateAccount: "auth.errors.sso",
  Callback: "auth.errors.sso",
  OAuthAccountNotLinked: "auth.errors.accountNotLinked",
  AccessDenied: "auth.errors.accessDenied",
  SessionRequired: "auth.errors.sessionRequired",
};

/** Translation key of the message for an error code; unknown codes get the general one. */
export function signInErrorKey(code: string): TranslationKey {
  return messageKeys[code] ?? "auth.errors.default";
}

/** Minutes until another link may be sent, from a sign-in URL's `retryIn` (RateLimited only). */
export function retryMinutes(url: string | null | undefined): number | undefined {
  if (!url) return undefined;
  const value = Number(new URL(url, "http://evne.invalid").searchParams.get("retryIn"));
  return Number.isInteger(value) && value > 0 && value <= 24 * 60 ? value : undefined;
}
