// What Evne reads from an OpenID Connect sign-in: the claims of the ID token and, when it does not
// say enough, of the userinfo endpoint (OIDC Core 5.4: a provider may return email claims there only).
import { emailAddressSchema } from "./email-address";
import { SSO_EMAIL_MISSING, SSO_EMAIL_UNVERIFIED } from "./sign-in-errors";

/** Claims as they come: values are checked where they are used, not trusted by type. */
export type OidcClaims = { sub: string } & Record<string, unknown>;

/** Whether the ID token leaves out the address or whether the provider verified it. */
export function lacksEmailClaims(claims: OidcClaims): boolean {
  return claims.email === undefined || claims.email_verified === undefined;
}

/**
 * One set of claims from the ID token and the userinfo response. The ID token's claims win, except
 * that `email` and `email_verified` are taken as a pair from one source: userinfo's pair when the ID
 * token lacks either, so a verified flag is never attached to another source's address.
 */
export function mergeOidcClaims(idToken: OidcClaims, userinfo: Record<string, unknown> | null): OidcClaims {
  if (!userinfo) return idToken;
  // OIDC Core 5.3.2: a userinfo response about another subject must not be used.
  if (userinfo.sub !== idToken.sub) throw new Error("userinfo is about another subject than the ID token");
  const merged: OidcClaims = { ...userinfo, ...idToken };
  const pair = lacksEmailClaims(idToken) && userinfo.email !== undefined ? userinfo : idToken;
  for (const claim of ["email", "email_verified"]) {
    if (pair[claim] === undefined) delete merged[claim];
    else merged[claim] = pair[claim];
  }
  return merged;
}

export type EmailRefusal = {
  /** Error code the sign-in page translates. */
  code: typeof SSO_EMAIL_MISSING | typeof SSO_EMAIL_UNVERIFIED;
  /** For the log: what was wrong, without any token or address. */
  reason: string;
};

/**
 * Why these claims may not link to or create an account by email, or null when they may: the
 * address must be there and `email_verified` exactly `true` (a missing claim, as Microsoft Entra ID
 * sends, or the string "true" is not a verification).
 */
export function refuseUnverifiedEmail(claims: OidcClaims): EmailRefusal | null {
  if (claims.email === undefined || claims.email === null || claims.email === "") {
    return { code: SSO_EMAIL_MISSING, reason: "no email claim" };
  }
  if (typeof claims.email !== "string" || !emailAddressSchema.safeParse(claims.email).success) {
    return { code: SSO_EMAIL_MISSING, reason: "the email claim is not an email address" };
  }
  if (claims.email_verified === true) return null;
  const reason =
    claims.email_verified === undefined
      ? "no email_verified claim"
      : `email_verified is ${JSON.stringify(claims.email_verified)}, not true`;
  return { code: SSO_EMAIL_UNVERIFIED, reason };
}
