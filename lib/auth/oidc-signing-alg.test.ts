import { describe, expect, it } from "vitest";
import { chooseIdTokenSigningAlg } from "./oidc-signing-alg";

describe("chooseIdTokenSigningAlg", () => {
  it("takes RS256 when the provider offers it, wherever it is in the list", () => {
    expect(chooseIdTokenSigningAlg(["PS256", "RS256", "ES256"])).toEqual({ ok: true, alg: "RS256" });
  });

  it("takes the provider's first verifiable algorithm when RS256 is not offered", () => {
    expect(chooseIdTokenSigningAlg(["ES256"])).toEqual({ ok: true, alg: "ES256" });
    expect(chooseIdTokenSigningAlg(["PS256", "ES256"])).toEqual({ ok: true, alg: "PS256" });
    // oidc-provider lists Ed25519 (RFC 9864) next to EdDSA; openid-client verifies EdDSA.
    expect(chooseIdTokenSigningAlg(["Ed25519", "EdDSA"])).toEqual({ ok: true, alg: "EdDSA" });
  });

  it("never takes none or a symmetric algorithm", () => {
    expect(chooseIdTokenSigningAlg(["HS256", "ES384", "none"])).toEqual({ ok: true, alg: "ES384" });
    expect(chooseIdTokenSigningAlg(["HS256", "none"])).toMatchObject({ ok: false });
  });

  it("assumes RS256 when the provider lists nothing", () => {
    expect(chooseIdTokenSigningAlg(undefined)).toEqual({ ok: true, alg: "RS256" });
  });

  it("takes the configured algorithm only when the provider offers it", () => {
    expect(chooseIdTokenSigningAlg(["RS256", "PS256"], "PS256")).toEqual({ ok: true, alg: "PS256" });
    expect(chooseIdTokenSigningAlg(["RS256"], "ES256")).toEqual({
      ok: false,
      reason: "ES256 is not among the provider's algorithms (RS256)",
    });
  });
});
