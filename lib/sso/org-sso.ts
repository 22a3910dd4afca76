// Sign-in through an organization's own provider (ADR 016): which organization an address belongs
// to, that organization's provider settings, and who it may sign in.
import "server-only";
import { orgProviderId } from "@/lib/auth/provider-ids";
import { withOrganization, withSsoDomain } from "@/lib/db/tenant";
import type { OidcSettings } from "@/lib/env";
import type { Role } from "@/lib/permissions/roles";
import { SSO_CLIENT_SECRET_PURPOSE, openSecret } from "./secret-box";

export type SsoRoute = { orgId: string; providerId: string; required: boolean };

/** The domain of an address, lower-cased; "" when there is none. */
export function domainOf(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0
    ? ""
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** Where an address signs in: its organization's provider when its domain is a verified SSO domain. */
export async function ssoRouteForEmail(email: string): Promise<SsoRoute | null> {
  const domain = domainOf(email);
  if (domain === "") return null;
  return withSsoDomain(domain, async (tx, orgId) => {
    if (!orgId) return null;
    const sso = await tx.organizationSso.findUnique({
      where: { organizationId: orgId },
      select: { required: true },
    });
    return sso ? { orgId, providerId: orgProviderId(orgId), required: sso.required } : null;
  });
}

export type OrgSsoConfig = {
  orgId: string;
  providerId: string;
  /** With the client secret decrypted: for next-auth only, never logged or shown. */
  settings: OidcSettings;
  trustProviderEmails: boolean;
  jitEnabled: boolean;
  jitRole: Role;
  /** Verified domains, lower-case. */
  domains: string[];
};

export async function loadOrgSso(orgId: string): Promise<OrgSsoConfig | null> {
  return withOrganization(orgId, async (tx) => {
    const sso = await tx.organizationSso.findUnique({ where: { organizationId: orgId } });
    if (!sso) return null;
    const domains = await tx.organizationDomain.findMany({
      where: { organizationId: orgId, verifiedAt: { not: null } },
      select: { domain: true },
    });
    return {
      orgId,
      providerId: orgProviderId(orgId),
      settings: {
        issuer: sso.issuer,
        clientId: sso.clientId,
        clientSecret: openSecret(SSO_CLIENT_SECRET_PURPOSE, sso.clientSecretCiphertext),
      },
      trustProviderEmails: sso.trustProviderEmails,
      jitEnabled: sso.jitEnabled,
      jitRole: sso.jitRole,
      domains: domains.map((row) => row.domain),
    };
  });
}

export type OrgSignInRefusal = {
  code: "SsoEmailMissing" | "SsoEmailUnverified" | "SsoDomainNotAllowed";
  reason: string;
};

/**
 * Whether an organization's provider may sign this identity in: the address must be in one of the
 * organization's verified domains, and verified by the provider (`email_verified: true`) unless the
 * organization chose to trust its provider's addresses in those domains.
 */
export function refuseOrgSignIn(
  claims: { email?: unknown; email_verified?: unknown; sub?: unknown },
  config: Pick<OrgSsoConfig, "domains" | "trustProviderEmails">,
): OrgSignInRefusal | null {
  if (typeof claims.email !== "string" || !claims.email.includes("@")) {
    return { code: "SsoEmailMissing", reason: "no email claim" };
  }
  if (!config.domains.includes(domainOf(claims.email))) {
    return { code: "SsoDomainNotAllowed", reason: "address outside the organization's verified domains" };
  }
  if (claims.email_verified !== true && !config.trustProviderEmails) {
    return { code: "SsoEmailUnverified", reason: "email_verified is not true" };
  }
  return null;
}
