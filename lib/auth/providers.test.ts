import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import {
  EMAIL_PROVIDER_ID,
  OIDC_PROVIDER_ID,
  authProviders,
  isSingleSignOnEnabled,
  oidcProvider,
} from "./providers";

const send = async () => {};
const oidcEnv = {
  OIDC_ISSUER: "https://id.example.com/realms/evne/",
  OIDC_CLIENT_ID: "evne",
  OIDC_CLIENT_SECRET: "s3cret",
};

describe("authProviders", () => {
  it("offers the email link alone when single sign-on is not configured", () => {
    const env = parseEnv({});
    expect(authProviders(env, send).map((provider) => provider.id)).toEqual([EMAIL_PROVIDER_ID]);
    expect(isSingleSignOnEnabled(env)).toBe(false);
  });

  it("adds the OIDC provider when all three variables are set", () => {
    const env = parseEnv(oidcEnv);
    expect(authProviders(env, send).map((provider) => provider.id)).toEqual([
      EMAIL_PROVIDER_ID,
      OIDC_PROVIDER_ID,
    ]);
    expect(isSingleSignOnEnabled(env)).toBe(true);
  });

  it("uses the authorization code with PKCE, state and nonce, and the discovered endpoints and algorithm", () => {
    const provider = oidcProvider(
      { issuer: "https://id.example.com/realms/evne", clientId: "evne", clientSecret: "s" },
      {
        metadata: {
          issuer: "https://id.example.com/realms/evne",
          authorization_endpoint: "https://id.example.com/auth",
          token_endpoint: "https://id.example.com/token",
          userinfo_endpoint: "https://id.example.com/me",
          jwks_uri: "https://id.example.com/jwks",
        },
        idTokenSigningAlg: "ES256",
        tokenEndpointAuthMethod: "client_secret_basic",
      },
    );
    expect(provider).toMatchObject({
      type: "oauth",
      issuer: "https://id.example.com/realms/evne",
      authorization: { url: "https://id.example.com/auth", params: { scope: "openid email profile" } },
      token: "https://id.example.com/token",
      userinfo: { url: "https://id.example.com/me" },
      jwks_endpoint: "https://id.example.com/jwks",
      client: { id_token_signed_response_alg: "ES256", token_endpoint_auth_method: "client_secret_basic" },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      clientId: "evne",
    });
    expect(provider).not.toHaveProperty("wellKnown");
  });

  it("leaves discovery to next-auth for requests that do not talk to the provider", () => {
    const provider = oidcProvider({
      issuer: "https://id.example.com/realms/evne",
      clientId: "evne",
      clientSecret: "s",
    });
    expect(provider).toMatchObject({
      wellKnown: "https://id.example.com/realms/evne/.well-known/openid-configuration",
      checks: ["pkce", "state", "nonce"],
    });
  });

  it("maps the claims to a user with a lower-case address", async () => {
    const provider = oidcProvider({ issuer: "https://id.example.com", clientId: "evne", clientSecret: "s" });
    const user = await provider.profile!(
      { sub: "abc", email: "Kari@Firma.NO", email_verified: true, preferred_username: "kari" },
      {},
    );
    expect(user).toEqual({ id: "abc", email: "kari@firma.no", name: "kari", image: null });
    expect(await provider.profile!({ sub: "abc", email: 42, name: "" }, {})).toEqual({
      id: "abc",
      email: "",
      name: null,
      image: null,
    });
  });

  it("sends mail from MAIL_FROM and keeps links valid for 15 minutes", () => {
    const [email] = authProviders(parseEnv({ MAIL_FROM: "Evne <hei@evne.no>" }), send);
    expect(email).toMatchObject({ id: "email", type: "email" });
    expect((email as unknown as { options: { from: string; maxAge: number } }).options).toMatchObject({
      from: "Evne <hei@evne.no>",
      maxAge: 900,
    });
  });
});
