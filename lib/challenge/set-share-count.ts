import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { SetShareCountInput } from "./challenge-input";

/** "Share only my count with my teams": the goal's count, never the log. Needs a goal first. */
export const setShareCount = defineUseCase({
  permission: "learning.participate",
  run: setShareCountUnchecked,
});
async function setShareCountUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: SetShareCountInput;
}) {
  const { tx, ctx, input } = options;
  const updated = await tx.challengeGoal.updateMany({
    where: { organizationId: ctx.orgId, membershipId: ctx.membershipId },
    data: { shareCountWithTeams: input.share },
  });
  if (updated.count === 0) throw AppError.conflict({ messageKey: "challenge:errors.goalFirst" });
  return { share: input.share };
}
