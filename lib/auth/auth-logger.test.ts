import { afterEach, describe, expect, it, vi } from "vitest";
import { authLogger } from "./auth-logger";

afterEach(() => vi.restoreAllMocks());

describe("authLogger", () => {
  it("logs the code and the error, never a token or claims riding on it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    // What openid-client throws on a bad ID token: the token itself is an enumerable property.
    const rpError = Object.assign(new Error("unexpected JWT alg received, expected RS256, got: PS256"), {
      jwt: "eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJhYmMifQ.c2ln",
    });
    authLogger.error!("OAUTH_CALLBACK_ERROR", { error: rpError, providerId: "oidc" });
    authLogger.error!("OAUTH_PARSE_PROFILE_ERROR", {
      error: new TypeError("boom"),
      OAuthProfile: { email: "kari@firma.no" },
    });
    authLogger.error!("OAUTH_CALLBACK_HANDLER_ERROR", {
      error: new Error("access_denied"),
      error_description: "End-User aborted interaction",
    });
    const logged = error.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(logged).toContain("[next-auth][error][OAUTH_CALLBACK_ERROR] Error: unexpected JWT alg received");
    expect(logged).toContain("TypeError: boom");
    expect(logged).toContain("access_denied");
    expect(logged).toContain("(End-User aborted interaction)");
    expect(logged).not.toContain("eyJ");
    expect(logged).not.toContain("kari@firma.no");
  });
});
