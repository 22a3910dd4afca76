import { describe, expect, it } from "vitest";
import en from "@/locales/en/common.json";
import nb from "@/locales/nb/common.json";
import nl from "@/locales/nl/common.json";
import {
  INVALID_EMAIL,
  RATE_LIMITED,
  SSO_EMAIL_MISSING,
  SSO_EMAIL_UNVERIFIED,
  retryMinutes,
  signInErrorKey,
} from "./sign-in-errors";

function lookup(strings: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
}

describe("signInErrorKey", () => {
  const codes = [
    INVALID_EMAIL,
    RATE_LIMITED,
    SSO_EMAIL_MISSING,
    SSO_EMAIL_UNVERIFIED,
    "Verification",
    "EmailSignin",
    "OAuthCallback",
    "OAuthAccountNotLinked",
    "AccessDenied",
    "SessionRequired",
    "Configuration",
    "whatever",
  ];

  it("gives every error code a message that exists in nb, en and nl", () => {
    for (const code of codes) {
      for (const strings of [nb, en, nl]) {
        // A counted message (rate limited) exists in its plural forms.
        const key = signInErrorKey(code);
        const found = lookup(strings, key) ?? lookup(strings, `${key}_other`);
        expect(typeof found, `${code}`).toBe("string");
      }
    }
  });

  it("reads the minutes until another link from a sign-in URL", () => {
    expect(retryMinutes("http://localhost:3000/nb/sign-in?error=RateLimited&retryIn=14")).toBe(14);
    expect(retryMinutes("/nb/sign-in?error=RateLimited")).toBeUndefined();
    expect(retryMinutes("/nb/sign-in?error=RateLimited&retryIn=-3")).toBeUndefined();
    expect(retryMinutes(undefined)).toBeUndefined();
  });

  it("falls back to the general message for unknown codes", () => {
    expect(signInErrorKey("Configuration")).toBe("auth.errors.default");
    expect(signInErrorKey(RATE_LIMITED)).toBe("auth.errors.rateLimited");
    expect(signInErrorKey(SSO_EMAIL_UNVERIFIED)).toBe("auth.errors.ssoEmailUnverified");
  });
});
