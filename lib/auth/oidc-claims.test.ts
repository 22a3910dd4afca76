import { describe, expect, it } from "vitest";
import { lacksEmailClaims, mergeOidcClaims, refuseUnverifiedEmail } from "./oidc-claims";
import { SSO_EMAIL_MISSING, SSO_EMAIL_UNVERIFIED } from "./sign-in-errors";

const idToken = { sub: "abc", iss: "https://id.example.com", aud: "evne", nonce: "n" };

describe("mergeOidcClaims", () => {
  it("takes the address and its verification from userinfo when the ID token has neither (OIDC Core 5.4)", () => {
    const merged = mergeOidcClaims(idToken, {
      sub: "abc",
      email: "kari@firma.no",
      email_verified: true,
      name: "Kari",
    });
    expect(merged).toEqual({ ...idToken, email: "kari@firma.no", email_verified: true, name: "Kari" });
  });

  it("keeps the ID token's claims where both have them", () => {
    const merged = mergeOidcClaims(
      { ...idToken, email: "kari@firma.no", email_verified: true, name: "Kari N." },
      {
        sub: "abc",
        email: "other@firma.no",
        email_verified: true,
        name: "Kari",
        iss: "https://evil.example",
      },
    );
    expect(merged).toMatchObject({ email: "kari@firma.no", name: "Kari N.", iss: "https://id.example.com" });
  });

  it("never pairs userinfo's verification with the ID token's address, or the other way round", () => {
    // The ID token names an address without saying it is verified; userinfo verifies another one.
    expect(
      mergeOidcClaims(
        { ...idToken, email: "a@firma.no" },
        { sub: "abc", email: "b@firma.no", email_verified: true },
      ),
    ).toMatchObject({ email: "b@firma.no", email_verified: true });
    // Userinfo has a verification but no address: the ID token's address stays unverified.
    const merged = mergeOidcClaims({ ...idToken, email: "a@firma.no" }, { sub: "abc", email_verified: true });
    expect(merged.email).toBe("a@firma.no");
    expect(merged).not.toHaveProperty("email_verified");
    // Userinfo's address without a verification leaves none.
    expect(
      mergeOidcClaims({ ...idToken, email_verified: true }, { sub: "abc", email: "b@firma.no" }),
    ).not.toHaveProperty("email_verified");
  });

  it("refuses userinfo about another subject", () => {
    expect(() => mergeOidcClaims(idToken, { sub: "someone-else", email: "x@firma.no" })).toThrow(
      /another subject/,
    );
  });

  it("returns the ID token's claims when there is no userinfo", () => {
    expect(mergeOidcClaims(idToken, null)).toBe(idToken);
  });
});

describe("lacksEmailClaims", () => {
  it("is true unless the ID token has both the address and email_verified", () => {
    expect(lacksEmailClaims(idToken)).toBe(true);
    expect(lacksEmailClaims({ ...idToken, email: "a@firma.no" })).toBe(true);
    expect(lacksEmailClaims({ ...idToken, email: "a@firma.no", email_verified: false })).toBe(false);
  });
});

describe("refuseUnverifiedEmail", () => {
  const withEmail = { sub: "abc", email: "kari@firma.no" };

  it("lets only email_verified exactly true through", () => {
    expect(refuseUnverifiedEmail({ ...withEmail, email_verified: true })).toBeNull();
    for (const value of [false, "true", 1, null]) {
      expect(refuseUnverifiedEmail({ ...withEmail, email_verified: value }), String(value)).toMatchObject({
        code: SSO_EMAIL_UNVERIFIED,
        reason: `email_verified is ${JSON.stringify(value)}, not true`,
      });
    }
  });

  it("refuses a missing email_verified, as Microsoft Entra ID sends it", () => {
    expect(refuseUnverifiedEmail(withEmail)).toEqual({
      code: SSO_EMAIL_UNVERIFIED,
      reason: "no email_verified claim",
    });
  });

  it("refuses a missing or malformed address, however verified", () => {
    expect(refuseUnverifiedEmail({ sub: "abc", email_verified: true })).toMatchObject({
      code: SSO_EMAIL_MISSING,
    });
    expect(refuseUnverifiedEmail({ sub: "abc", email: "", email_verified: true })).toMatchObject({
      code: SSO_EMAIL_MISSING,
    });
    expect(refuseUnverifiedEmail({ sub: "abc", email: "kari", email_verified: true })).toMatchObject({
      code: SSO_EMAIL_MISSING,
      reason: "the email claim is not an email address",
    });
    expect(refuseUnverifiedEmail({ sub: "abc", email: ["a@firma.no"], email_verified: true })).toMatchObject({
      code: SSO_EMAIL_MISSING,
    });
  });
});
