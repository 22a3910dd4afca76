import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseClientAuthMethod, discoverProvider, issuerMetadata } from "./oidc-discovery";

let issuerCount = 0;
const newIssuer = () => `https://id${++issuerCount}.example.com/realms/evne`;

function document(issuer: string, extra: Record<string, unknown> = {}) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/me`,
    jwks_uri: `${issuer}/jwks`,
    ...extra,
  };
}

function serve(...answers: (Record<string, unknown> | Error)[]) {
  const fetchMock = vi.fn(async () => {
    const answer = answers.shift();
    if (!answer || answer instanceof Error) throw answer ?? new Error("no more answers");
    return Response.json(answer);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("issuerMetadata", () => {
  it("fetches the discovery document once per issuer", async () => {
    const issuer = newIssuer();
    const fetchMock = serve(document(issuer, { id_token_signing_alg_values_supported: ["ES256"] }));
    await issuerMetadata(issuer);
    const again = await issuerMetadata(`${issuer}/`);
    expect(again.id_token_signing_alg_values_supported).toEqual(["ES256"]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]).toEqual([
      `${issuer}/.well-known/openid-configuration`,
      expect.anything(),
    ]);
  });

  it("tries again after a failure", async () => {
    const issuer = newIssuer();
    const fetchMock = serve(new Error("connection refused"), document(issuer));
    await expect(issuerMetadata(issuer)).rejects.toThrow("connection refused");
    await expect(issuerMetadata(issuer)).resolves.toMatchObject({ issuer });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("refuses a document about another issuer", async () => {
    const issuer = newIssuer();
    serve(document("https://evil.example"));
    await expect(issuerMetadata(issuer)).rejects.toThrow(/names another issuer/);
  });
});

describe("discoverProvider", () => {
  it("chooses the ID token algorithm and client authentication from the document", async () => {
    const issuer = newIssuer();
    serve(
      document(`${issuer}/`, {
        id_token_signing_alg_values_supported: ["ES256"],
        token_endpoint_auth_methods_supported: ["client_secret_post"],
      }),
    );
    expect(await discoverProvider({ issuer, clientId: "evne", clientSecret: "s" })).toMatchObject({
      // The provider's own spelling of its issuer is what its ID tokens carry.
      metadata: { issuer: `${issuer}/` },
      idTokenSigningAlg: "ES256",
      tokenEndpointAuthMethod: "client_secret_post",
    });
  });

  it("logs why and answers null when the provider cannot be used", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const issuer = newIssuer();
    serve(document(issuer, { id_token_signing_alg_values_supported: ["HS256"] }));
    expect(await discoverProvider({ issuer, clientId: "evne", clientSecret: "s" })).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/none of the provider's algorithms can be verified/),
    );

    const down = newIssuer();
    serve(new Error("connection refused"));
    expect(await discoverProvider({ issuer: down, clientId: "evne", clientSecret: "s" })).toBeNull();
    expect(warn).toHaveBeenLastCalledWith(`[auth] discovery of ${down} failed: connection refused`);
  });
});

describe("chooseClientAuthMethod", () => {
  it("uses client_secret_basic unless the provider offers only post", () => {
    expect(chooseClientAuthMethod(undefined)).toBe("client_secret_basic");
    expect(chooseClientAuthMethod(["client_secret_basic", "client_secret_post"])).toBe("client_secret_basic");
    expect(chooseClientAuthMethod(["private_key_jwt", "client_secret_post"])).toBe("client_secret_post");
  });
});

describe("end_session_endpoint", () => {
  it("is read when the provider offers RP-initiated logout, and a malformed one is ignored, not fatal", async () => {
    const offered = newIssuer();
    serve(document(offered, { end_session_endpoint: `${offered}/logout` }));
    expect((await issuerMetadata(offered)).end_session_endpoint).toBe(`${offered}/logout`);

    const malformed = newIssuer();
    serve(document(malformed, { end_session_endpoint: "javascript:alert(1)" }));
    const metadata = await issuerMetadata(malformed);
    expect(metadata.end_session_endpoint).toBeUndefined();
    expect(metadata.token_endpoint).toBe(`${malformed}/token`);
  });
});
