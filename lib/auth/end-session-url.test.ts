import { describe, expect, it } from "vitest";
import {
  endSessionUrl,
  idTokenIsFor,
  pageAfterProviderSignOut,
  postLogoutRedirectUri,
  unverifiedClaims,
} from "./end-session-url";

/** A JWT-shaped string with these claims (the signature does not matter here). */
const jwt = (claims: Record<string, unknown>) =>
  ["eyJhbGciOiJFUzI1NiJ9", Buffer.from(JSON.stringify(claims)).toString("base64url"), "c2ln"].join(".");

describe("endSessionUrl", () => {
  const request = {
    endpoint: "https://id.example.com/session/end",
    idToken: jwt({ iss: "https://id.example.com", aud: "evne" }),
    clientId: "evne",
    postLogoutRedirectUri: "https://evne.example.com/api/auth/signed-out",
    returnPath: "/nl",
    lang: "nl" as const,
  };

  it("asks the provider to end the session of that ID token and come back to the page sign-out was going to", () => {
    const url = new URL(endSessionUrl(request));
    expect(`${url.origin}${url.pathname}`).toBe(request.endpoint);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      id_token_hint: request.idToken,
      client_id: "evne",
      post_logout_redirect_uri: "https://evne.example.com/api/auth/signed-out",
      state: "/nl",
      ui_locales: "nl",
    });
  });

  it("keeps the query the endpoint has (RP-Initiated Logout 1.0, section 2)", () => {
    const url = new URL(
      endSessionUrl({ ...request, endpoint: "https://login.example.com/oauth2/logout?p=B2C_1_signin" }),
    );
    expect(url.searchParams.get("p")).toBe("B2C_1_signin");
    expect(url.searchParams.get("client_id")).toBe("evne");
  });
});

describe("postLogoutRedirectUri and pageAfterProviderSignOut", () => {
  it("is one address beside the callbacks, whatever the trailing slash of the base URL", () => {
    expect(postLogoutRedirectUri("https://evne.example.com")).toBe(
      "https://evne.example.com/api/auth/signed-out",
    );
    expect(postLogoutRedirectUri("https://evne.example.com/")).toBe(
      "https://evne.example.com/api/auth/signed-out",
    );
  });

  it("comes back to the signed-out page instead of the home page, in its language", () => {
    expect(pageAfterProviderSignOut("/en", "nb")).toBe("/en/signed-out");
    expect(pageAfterProviderSignOut("/nl/", "nb")).toBe("/nl/signed-out");
    expect(pageAfterProviderSignOut(null, "nl")).toBe("/nl/signed-out");
  });

  it("comes back to another page of this site that sign-out was going to", () => {
    expect(pageAfterProviderSignOut("/en/library?x=1", "nb")).toBe("/en/library?x=1");
  });

  it("takes only a path on this site, in a language it serves, from what came back through the browser", () => {
    expect(pageAfterProviderSignOut("https://evil.example/en", "nb")).toBe("/en/signed-out");
    expect(pageAfterProviderSignOut("https://evil.example/en/library", "nb")).toBe("/en/signed-out");
    expect(pageAfterProviderSignOut("//evil.example/en", "en")).toBe("/en/signed-out");
    expect(pageAfterProviderSignOut("/\\evil.example", "en")).toBe("/en/signed-out");
    expect(pageAfterProviderSignOut("/de/library", "nl")).toBe("/nl/signed-out");
    expect(pageAfterProviderSignOut("/api/auth/signout", "nb")).toBe("/nb/signed-out");
    // The sign-in page is no destination (lib/auth/callback-url.ts), as for next-auth's own redirects.
    expect(pageAfterProviderSignOut("/en/sign-in?callbackUrl=%2Fen%2Flibrary", "nb")).toBe("/en/signed-out");
  });
});

describe("idTokenIsFor", () => {
  const current = { issuer: "https://id.example.com/", clientId: "evne" };

  it("accepts a token of this issuer for this client, with aud as a string or a list", () => {
    expect(idTokenIsFor(jwt({ iss: "https://id.example.com", aud: "evne" }), current)).toBe(true);
    expect(idTokenIsFor(jwt({ iss: "https://id.example.com/", aud: ["other", "evne"] }), current)).toBe(true);
  });

  it("refuses a token of another issuer or client, or something that is no JWT", () => {
    expect(idTokenIsFor(jwt({ iss: "https://old-idp.example.com", aud: "evne" }), current)).toBe(false);
    expect(idTokenIsFor(jwt({ iss: "https://id.example.com", aud: "another" }), current)).toBe(false);
    expect(idTokenIsFor(jwt({ aud: "evne" }), current)).toBe(false);
    expect(idTokenIsFor("not-a-token", current)).toBe(false);
    expect(idTokenIsFor("a.%%%.c", current)).toBe(false);
  });

  it("reads claims without verifying them, and nothing from a payload that is not an object", () => {
    expect(unverifiedClaims(jwt({ sub: "1" }))).toEqual({ sub: "1" });
    expect(unverifiedClaims(`a.${Buffer.from("[1]").toString("base64url")}.c`)).toBeNull();
  });
});
