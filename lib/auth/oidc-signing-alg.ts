// Which algorithm an ID token must be signed with. openid-client (under next-auth v4) accepts exactly
// one, and assumes RS256 unless told; the provider's discovery document says what it can sign with.

/** JWS algorithms openid-client can verify an ID token with, asymmetric only: never "none", and
 * HS* would make the client secret the signing key. */
export const ID_TOKEN_SIGNING_ALGS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
] as const;

export type IdTokenSigningAlg = (typeof ID_TOKEN_SIGNING_ALGS)[number];

/** RS256 is what a provider uses for a client that registered no other (OIDC Registration 2). */
const REGISTRATION_DEFAULT: IdTokenSigningAlg = "RS256";

export function isIdTokenSigningAlg(value: string): value is IdTokenSigningAlg {
  return (ID_TOKEN_SIGNING_ALGS as readonly string[]).includes(value);
}

export type SigningAlgChoice = { ok: true; alg: IdTokenSigningAlg } | { ok: false; reason: string };

/**
 * The algorithm to expect, from the provider's `id_token_signing_alg_values_supported`:
 * the configured one if the provider offers it; else RS256 when offered (or when the list is
 * missing); else the first offered that can be verified.
 */
export function chooseIdTokenSigningAlg(
  supported: readonly string[] | undefined,
  configured?: IdTokenSigningAlg,
): SigningAlgChoice {
  const offered = supported ?? [REGISTRATION_DEFAULT];
  if (configured) {
    return offered.includes(configured)
      ? { ok: true, alg: configured }
      : { ok: false, reason: `${configured} is not among the provider's algorithms (${offered.join(", ")})` };
  }
  if (offered.includes(REGISTRATION_DEFAULT)) return { ok: true, alg: REGISTRATION_DEFAULT };
  const usable = offered.find(isIdTokenSigningAlg);
  return usable
    ? { ok: true, alg: usable }
    : { ok: false, reason: `none of the provider's algorithms can be verified (${offered.join(", ")})` };
}
