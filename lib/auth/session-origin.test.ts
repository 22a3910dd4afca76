import { afterEach, describe, expect, it, vi } from "vitest";
import { openSessionOrigin, sealSessionOrigin } from "./session-origin";

const ID_TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln";

afterEach(() => vi.restoreAllMocks());

describe("a session's origin at rest", () => {
  it("is sealed: the column holds no token, and opens to the provider and the token", () => {
    const columns = sealSessionOrigin({ signedInWith: "oidc", idToken: ID_TOKEN });
    expect(columns.signedInWith).toBe("oidc");
    for (const part of ID_TOKEN.split(".")) expect(columns.idTokenCiphertext).not.toContain(part);
    expect(columns.idTokenCiphertext).not.toBe(
      sealSessionOrigin({ signedInWith: "oidc", idToken: ID_TOKEN }).idTokenCiphertext,
    );
    expect(openSessionOrigin(columns)).toEqual({ signedInWith: "oidc", idToken: ID_TOKEN });
  });

  it("is nothing for a sign-in by email", () => {
    expect(sealSessionOrigin(null)).toEqual({ signedInWith: null, idTokenCiphertext: null });
    expect(openSessionOrigin({ signedInWith: null, idTokenCiphertext: null })).toBeNull();
    expect(openSessionOrigin(null)).toBeNull();
  });

  it("is nothing, and says so without the token, when the ciphertext was altered or sealed under another key", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { idTokenCiphertext } = sealSessionOrigin({ signedInWith: "oidc", idToken: ID_TOKEN });
    const [iv, tag, body] = idTokenCiphertext!.split(".");
    const flipped = Buffer.from(body!, "base64url").map((byte, index) => (index === 0 ? byte ^ 1 : byte));
    const altered = [iv, tag, Buffer.from(flipped).toString("base64url")].join(".");
    expect(openSessionOrigin({ signedInWith: "oidc", idTokenCiphertext: altered })).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not be opened/));
    expect(warn.mock.calls.join("")).not.toContain("eyJ");
  });
});
