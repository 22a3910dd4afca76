import { describe, expect, it } from "vitest";
import en from "@/locales/en/common.json";
import nb from "@/locales/nb/common.json";
import nl from "@/locales/nl/common.json";
import {
  INVALID_EMAIL,
  RATE_LIMITED,
  SSO_EMAIL_MISSING,
  SSO_EMAIL_UNVERIFIED,
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
        expect(typeof lookup(strings, signInErrorKey(code)), `${code}`).toBe("string");
      }
    }
  });

  it("falls back to the general message for unknown codes", () => {
    expect(signInErrorKey("Configuration")).toBe("auth.errors.default");
    expect(signInErrorKey(RATE_LIMITED)).toBe("auth.errors.rateLimited");
    expect(signInErrorKey(SSO_EMAIL_UNVERIFIED)).toBe("auth.errors.ssoEmailUnverified");
  });
});
