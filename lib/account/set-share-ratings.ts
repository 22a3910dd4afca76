import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import type { SetShareRatingsInput } from "./account-input";

/**
 * The person's own choice whether their manager may see their individual ratings. Not audited:
 * the audit log is HR's, and a private choice is nobody's business but the person's.
 */
export async function setShareRatings(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: SetShareRatingsInput;
}) {
  const { tx, ctx, input } = options;
  requirePermission(ctx, "workspace.view");
  await tx.membership.update({
    where: { id: ctx.membershipId, organizationId: ctx.orgId },
    data: { shareRatingsWithManager: input.share },
  });
  return { share: input.share };
}

export async function getShareRatings(options: { tx: TenantTx; ctx: WorkspaceContext }): Promise<boolean> {
  const membership = await options.tx.membership.findUniqueOrThrow({
    where: { id: options.ctx.membershipId, organizationId: options.ctx.orgId },
    select: { shareRatingsWithManager: true },
  });
  return membership.shareRatingsWithManager;
}
