import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { SetResourceDoneInput } from "./learning-input";
import { getLearnerResourceOrThrow } from "./learner-item";
import { recordActivity } from "./record-activity";

/**
 * Marks a resource done at its current revision, or undoes that. Idempotent both ways: marking
 * again only moves the completion to the current revision (after a major edit reopened it).
 */
export const setResourceDone = defineUseCase({
  permission: "learning.participate",
  run: setResourceDoneUnchecked,
});
async function setResourceDoneUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: SetResourceDoneInput;
  now?: Date;
}): Promise<{ resourceId: string; done: boolean }> {
  const { tx, ctx, input } = options;
  const resource = await getLearnerResourceOrThrow(tx, ctx, input.resourceId);
  const now = options.now ?? new Date();
  const key = {
    organizationId_membershipId_resourceId: {
      organizationId: ctx.orgId,
      membershipId: ctx.membershipId,
      resourceId: resource.id,
    },
  };
  if (input.done)
    await tx.resourceCompletion.upsert({
      where: key,
      create: {
        organizationId: ctx.orgId,
        membershipId: ctx.membershipId,
        programId: resource.programId,
        resourceId: resource.id,
        resourceRevision: resource.revision,
        completedAt: now,
      },
      update: { resourceRevision: resource.revision, completedAt: now },
    });
  else
    await tx.resourceCompletion.deleteMany({
      where: { organizationId: ctx.orgId, membershipId: ctx.membershipId, resourceId: resource.id },
    });
  await recordActivity(tx, ctx, now);
  return { resourceId: resource.id, done: input.done };
}
