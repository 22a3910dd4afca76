// The owner removes one of the organization's single sign-on domains (ADR 016). A verified domain
// stops routing its addresses to the provider at once, stops refusing them mail sign-in when SSO
// was required, and is free for another organization to verify.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";

export type RemovedSsoDomain = { domain: string; wasVerified: boolean };

export const removeSsoDomain = defineUseCase({
  permission: "organization.sso",
  run: removeSsoDomainUnchecked,
});
async function removeSsoDomainUnchecked({
  tx,
  ctx,
  domainId,
}: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  domainId: string;
}): Promise<RemovedSsoDomain> {
  // Scoped by the organization in the URL (and by RLS): another organization's id is not found.
  const row = await tx.organizationDomain.findUnique({
    where: { organizationId_id: { organizationId: ctx.orgId, id: domainId } },
    select: { id: true, domain: true, verifiedAt: true },
  });
  if (!row) throw AppError.notFound();
  // deleteMany: a concurrent removal of the same row deletes nothing instead of throwing.
  const { count } = await tx.organizationDomain.deleteMany({
    where: { organizationId: ctx.orgId, id: row.id },
  });
  if (count === 0) throw AppError.notFound();
  const removed = { domain: row.domain, wasVerified: row.verifiedAt !== null };
  await recordAudit({
    tx,
    ctx,
    action: "organization.ssoDomainRemove",
    targetType: "organization",
    targetId: ctx.orgId,
    data: { name: row.domain, verified: removed.wasVerified },
  });
  return removed;
}
