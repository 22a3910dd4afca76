import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { SetShareRatingsInput } from "./account-input";

/**
 * The person's own choice whether their manager may see their individual ratings. Not audited:
 * the audit log is HR's, and a private choice is nobody's business but the person's.
 */
export const setShareRatings = defineUseCase({ permission: "workspace.view", run: setShareRatingsUnchecked });
async function setShareRatingsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: SetShareRatingsInput;
}) {
  const { tx, ctx, input } = options;
  const before = await getShareRatings({ tx, ctx });
  if (before === input.share) return { share: input.share };
  // The manager sees the ratings made while sharing is on, and those never count in an aggregate:
  // otherwise the manager could subtract a level they were shown from a figure that counts it, and
  // learn the others' (ADR 014).
  const now = new Date();
  await tx.membership.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: ctx.membershipId } },
    data: input.share
      ? { shareRatingsWithManager: true, ratingsSharedSince: now, ratingsSharedUntil: null }
      : { shareRatingsWithManager: false, ratingsSharedUntil: now },
  });
  return { share: input.share };
}

export async function getShareRatings(options: { tx: TenantTx; ctx: WorkspaceContext }): Promise<boolean> {
  const membership = await options.tx.membership.findUniqueOrThrow({
    where: { organizationId_id: { organizationId: options.ctx.orgId, id: options.ctx.membershipId } },
    select: { shareRatingsWithManager: true },
  });
  return membership.shareRatingsWithManager;
}
