import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_FROM, authUrl, parseEnv } from "@/lib/env";

const oidc = {
  OIDC_ISSUER: "https://id.example.com/realms/evne/",
  OIDC_CLIENT_ID: "evne",
  OIDC_CLIENT_SECRET: "s3cret",
};

describe("auth and mail settings", () => {
  it("work without any variable in development", () => {
    const env = parseEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toBe(DEFAULT_MAIL_FROM);
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(authUrl(env)).toBe("http://localhost:3000");
  });

  it("take the auth URL from NEXTAUTH_URL, else APP_URL, without a trailing slash", () => {
    expect(authUrl(parseEnv({ APP_URL: "https://evne.example/" }))).toBe("https://evne.example");
    expect(authUrl(parseEnv({ APP_URL: "https://a.example", NEXTAUTH_URL: "https://b.example" }))).toBe(
      "https://b.example",
    );
    expect(authUrl(parseEnv({ PORT: "3100" }))).toBe("http://localhost:3100");
  });

  it("name the variable that is malformed", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ NEXTAUTH_URL: "evne.example" })).toThrow(/NEXTAUTH_URL/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ ...oidc, OIDC_ISSUER: "not a url" })).toThrow(/OIDC_ISSUER/);
  });

  it("want all three OIDC variables or none, and name the missing ones", () => {
    expect(() => parseEnv({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(
      /OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: required/,
    );
    expect(() => parseEnv({ OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: "evne" })).toThrow(
      /OIDC_CLIENT_SECRET/,
    );
    expect(parseEnv(oidc).OIDC_CLIENT_ID).toBe("evne");
  });

  it("require a secret and a mail server in production over https, where the outbox would leak links", () => {
    const production = { NODE_ENV: "production", APP_URL: "https://evne.example" };
    expect(() => parseEnv(production)).toThrow(/NEXTAUTH_SECRET, SMTP_URL: required in production/);
    const secret = "x".repeat(32);
    expect(() => parseEnv({ ...production, NEXTAUTH_SECRET: secret })).toThrow(/SMTP_URL/);
    expect(
      parseEnv({ ...production, NEXTAUTH_SECRET: secret, SMTP_URL: "smtps://u:p@mail.example:465" })
        .NEXTAUTH_SECRET,
    ).toBe(secret);
  });

  it("keep the development defaults for production builds served over http on this machine (npm start, e2e)", () => {
    expect(parseEnv({ NODE_ENV: "production" }).NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(parseEnv({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:3100" }).SMTP_URL).toBeUndefined();
  });
});
