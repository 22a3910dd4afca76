import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { fromIsoDate } from "./challenge-dates";
import type { SaveGoalInput } from "./challenge-input";
import { afterChallengeChange, lockChallenge } from "./challenge-writes";

/** Sets or changes the person's goal (one per membership); the count follows the new period. */
export const saveGoal = defineUseCase({ permission: "learning.participate", run: saveGoalUnchecked });
async function saveGoalUnchecked(options: { tx: TenantTx; ctx: WorkspaceContext; input: SaveGoalInput }) {
  const { tx, ctx, input } = options;
  await lockChallenge(tx, ctx);
  const period = {
    target: input.target,
    startsOn: fromIsoDate(input.startsOn),
    endsOn: fromIsoDate(input.endsOn),
  };
  const goal = await tx.challengeGoal.upsert({
    where: { organizationId_membershipId: { organizationId: ctx.orgId, membershipId: ctx.membershipId } },
    create: { organizationId: ctx.orgId, membershipId: ctx.membershipId, ...period },
    update: period,
    select: { id: true },
  });
  await afterChallengeChange(tx, ctx);
  return { goalId: goal.id };
}
