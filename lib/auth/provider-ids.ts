/** next-auth provider ids, shared by the server configuration and the sign-in buttons. */
export const EMAIL_PROVIDER_ID = "email";
export const OIDC_PROVIDER_ID = "oidc";

/** An organization's own OpenID Connect provider (ADR 016): `oidc-org-<organization id>`. */
export const ORG_PROVIDER_PREFIX = "oidc-org-";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function orgProviderId(orgId: string): string {
  return `${ORG_PROVIDER_PREFIX}${orgId}`;
}

/** The organization id of an organization's provider id, else null. */
export function orgIdOfProvider(providerId: string | undefined | null): string | null {
  if (!providerId?.startsWith(ORG_PROVIDER_PREFIX)) return null;
  const orgId = providerId.slice(ORG_PROVIDER_PREFIX.length);
  return UUID.test(orgId) ? orgId.toLowerCase() : null;
}
