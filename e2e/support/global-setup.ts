// Before the end-to-end suite: the identity provider for single sign-on (e2e/sso.spec.ts).
import type { FullConfig } from "@playwright/test";
import { postLogoutRedirectUri } from "../../lib/auth/end-session-url";
import { startTestIdp } from "../../tests/support/oidc-provider";
import { OIDC_TEST_PORT, ORG_SSO_TEST_CLIENT, SSO_TEST_CLIENT } from "./sso-provider";

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("playwright.config.ts sets no baseURL");
  const idp = await startTestIdp({
    port: OIDC_TEST_PORT,
    clientId: SSO_TEST_CLIENT.clientId,
    clientSecret: SSO_TEST_CLIENT.clientSecret,
    redirectUri: `${baseURL}/api/auth/callback/oidc`,
    postLogoutRedirectUri: postLogoutRedirectUri(baseURL),
    alg: SSO_TEST_CLIENT.alg,
    orgClients: [{ ...ORG_SSO_TEST_CLIENT, redirectUriPrefix: `${baseURL}/api/auth/callback/oidc-org-` }],
  });
  return () => idp.close();
}
