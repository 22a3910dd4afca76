// The email domains an organization claims for single sign-on (ADR 016). A domain is usable once
// verified: by a DNS TXT record `evne-verification=<token>` the owner publishes, or by the operator
// (npm run sso:verify-domain). One organization per verified domain, kept by a unique key.
import "server-only";
import { randomBytes } from "node:crypto";
import { resolveTxt as dnsResolveTxt } from "node:dns/promises";
import type { TenantTx } from "@/lib/db/tenant";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";

/** node:dns/promises' resolveTxt, or a fake in tests. */
export type ResolveTxt = (hostname: string) => Promise<string[][]>;

export const VERIFICATION_PREFIX = "evne-verification=";

export type SsoDomainView = {
  id: string;
  domain: string;
  /** The TXT record to publish. */
  record: string;
  verified: boolean;
};

type Args = { tx: TenantTx; ctx: WorkspaceContext };

export const listSsoDomains = defineUseCase({ permission: "organization.sso", run: listSsoDomainsUnchecked });
async function listSsoDomainsUnchecked({ tx, ctx }: Args): Promise<SsoDomainView[]> {
  const rows = await tx.organizationDomain.findMany({
    where: { organizationId: ctx.orgId },
    orderBy: { domain: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    domain: row.domain,
    record: `${VERIFICATION_PREFIX}${row.verificationToken}`,
    verified: row.verifiedAt !== null,
  }));
}

export const addSsoDomain = defineUseCase({ permission: "organization.sso", run: addSsoDomainUnchecked });
async function addSsoDomainUnchecked({
  tx,
  ctx,
  domain,
}: Args & { domain: string }): Promise<{ id: string }> {
  const existing = await tx.organizationDomain.findUnique({
    where: { organizationId_domain: { organizationId: ctx.orgId, domain } },
    select: { id: true },
  });
  // A double submit adds the domain once.
  if (existing) return existing;
  const row = await tx.organizationDomain.create({
    data: { organizationId: ctx.orgId, domain, verificationToken: randomBytes(16).toString("hex") },
    select: { id: true },
  });
  await recordAudit({
    tx,
    ctx,
    action: "organization.ssoDomainAdd",
    targetType: "organization",
    targetId: ctx.orgId,
    data: { name: domain },
  });
  return row;
}

/** Whether any TXT record of the domain is exactly the expected one (chunks of one record joined). */
export async function hasVerificationRecord(
  domain: string,
  token: string,
  resolveTxt: ResolveTxt,
): Promise<boolean> {
  try {
    const records = await resolveTxt(domain);
    return records.some((chunks) => chunks.join("").trim() === `${VERIFICATION_PREFIX}${token}`);
  } catch {
    // ENODATA, ENOTFOUND, a timeout: no record found, which the owner is told.
    return false;
  }
}

/**
 * Marks the domain verified for this organization: CONFLICT when another organization verified it
 * first. Shared by the DNS check and the operator's command.
 */
export async function markDomainVerified({
  tx,
  organizationId,
  domainId,
}: {
  tx: TenantTx;
  organizationId: string;
  domainId: string;
}): Promise<void> {
  const row = await tx.organizationDomain.findUnique({
    where: { organizationId_id: { organizationId, id: domainId } },
  });
  if (!row) throw AppError.notFound();
  if (row.verifiedAt) return;
  try {
    await tx.organizationDomain.update({
      where: { organizationId_id: { organizationId, id: row.id } },
      data: { verifiedAt: new Date(), verifiedDomain: row.domain },
    });
  } catch (error) {
    // The unique key on verifiedDomain: another organization verified it first.
    if (isUniqueViolation(error)) {
      throw AppError.conflict({
        messageKey: "sso.errors.domainTaken",
        messageValues: { domain: row.domain },
      });
    }
    throw error;
  }
}

/** The owner's "check DNS" button: INVALID when the record is not there (yet). */
export const verifySsoDomain = defineUseCase({
  permission: "organization.sso",
  run: verifySsoDomainUnchecked,
});
async function verifySsoDomainUnchecked({
  tx,
  ctx,
  domainId,
  resolveTxt = dnsResolveTxt,
}: Args & { domainId: string; resolveTxt?: ResolveTxt }): Promise<{ verified: true }> {
  const row = await tx.organizationDomain.findUnique({
    where: { organizationId_id: { organizationId: ctx.orgId, id: domainId } },
  });
  if (!row) throw AppError.notFound();
  if (!row.verifiedAt) {
    if (!(await hasVerificationRecord(row.domain, row.verificationToken, resolveTxt))) {
      throw AppError.invalid({
        messageKey: "sso.errors.recordMissing",
        messageValues: { domain: row.domain },
      });
    }
    await markDomainVerified({ tx, organizationId: ctx.orgId, domainId: row.id });
    await recordAudit({
      tx,
      ctx,
      action: "organization.ssoDomainVerify",
      targetType: "organization",
      targetId: ctx.orgId,
      data: { name: row.domain, how: "dns" },
    });
  }
  return { verified: true };
}
