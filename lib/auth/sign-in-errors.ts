// Error codes the sign-in page can be sent back with: next-auth's own (…?error=Verification) and
// the two Evne adds in the signIn callback. Shared by the page and the form, so no "server-only".

/** Evne's codes, returned by the signIn callback before any mail is sent. */
export const INVALID_EMAIL = "InvalidEmail";
export const RATE_LIMITED = "RateLimited";

const messageKeys: Record<string, string> = {
  [INVALID_EMAIL]: "auth.errors.invalidEmail",
  [RATE_LIMITED]: "auth.errors.rateLimited",
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
export function signInErrorKey(code: string): string {
  return messageKeys[code] ?? "auth.errors.default";
}
