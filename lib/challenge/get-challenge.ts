import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { toIsoDate } from "./challenge-dates";
import type { ChallengeArea, ChallengeOutcome } from "./challenge-input";

export type AttemptView = {
  id: string;
  occurredOn: string;
  area: ChallengeArea;
  ask: string;
  outcome: ChallengeOutcome;
  feelingBefore: number;
  feelingAfter: number;
  lesson: string;
};

export type GoalView = {
  target: number;
  startsOn: string;
  endsOn: string;
  noCount: number;
  shareCountWithTeams: boolean;
};

export type ChallengeView = { goal: GoalView | null; attempts: AttemptView[] };

/** The person's own goal and log, newest attempt first (plain objects for the page and the CSV). */
export async function getChallenge(options: { tx: TenantTx; ctx: WorkspaceContext }): Promise<ChallengeView> {
  const { tx, ctx } = options;
  requirePermission(ctx, "learning.participate");
  // One after the other: a transaction is one connection, which runs one query at a time anyway.
  const goal = await tx.challengeGoal.findUnique({
    where: { organizationId_membershipId: { organizationId: ctx.orgId, membershipId: ctx.membershipId } },
    select: { target: true, startsOn: true, endsOn: true, noCount: true, shareCountWithTeams: true },
  });
  const attempts = await tx.challengeAttempt.findMany({
    where: { organizationId: ctx.orgId, membershipId: ctx.membershipId, userId: ctx.userId },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      occurredOn: true,
      area: true,
      ask: true,
      outcome: true,
      feelingBefore: true,
      feelingAfter: true,
      lesson: true,
    },
  });
  return {
    goal: goal && { ...goal, startsOn: toIsoDate(goal.startsOn), endsOn: toIsoDate(goal.endsOn) },
    attempts: attempts.map((attempt) => ({ ...attempt, occurredOn: toIsoDate(attempt.occurredOn) })),
  };
}
