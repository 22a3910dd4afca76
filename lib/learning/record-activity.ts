import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";

/** Every learning write marks the person active: managers see "last activity" from this column. */
export async function recordActivity(tx: TenantTx, ctx: WorkspaceContext, now: Date): Promise<void> {
  await tx.membership.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: ctx.membershipId } },
    data: { lastActivityAt: now },
  });
}
