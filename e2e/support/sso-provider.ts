// The identity provider the end-to-end server signs people on with: npm oidc-provider in its default
// configuration (email claims from userinfo only) with an ES256 key, started by global-setup.ts on
// OIDC_TEST_PORT; playwright.config.ts gives the server its address as OIDC_ISSUER.

const e2ePort = Number(process.env.E2E_PORT ?? 3100);

/** Port of the test identity provider: OIDC_TEST_PORT, else the one after E2E_PORT. */
export const OIDC_TEST_PORT = Number(process.env.OIDC_TEST_PORT ?? e2ePort + 1);

export const SSO_TEST_CLIENT = {
  issuer: `http://127.0.0.1:${OIDC_TEST_PORT}`,
  clientId: "evne-e2e",
  clientSecret: "evne-e2e-client-secret",
  alg: "ES256",
} as const;

/** A second client of the same provider, which an organization's owner enters on its SSO page (ADR 016). */
export const ORG_SSO_TEST_CLIENT = {
  clientId: "evne-e2e-org",
  clientSecret: "evne-e2e-org-client-secret",
} as const;
