import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";

/**
 * Writes to one person's challenge take turns (until the transaction ends): the second of two
 * identical submissions then finds the first one's attempt, and the goal's count is never computed
 * from a log another transaction is still changing.
 */
export async function lockChallenge(tx: TenantTx, ctx: WorkspaceContext): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:challenge:${ctx.membershipId}`}))`;
}

/**
 * After every change to the log or the goal, in the same transaction: the goal's count of "no"s
 * in its period is counted again (what teams may see when the person shares it), and the
 * membership's last activity moves to now.
 */
export async function afterChallengeChange(
  tx: TenantTx,
  ctx: WorkspaceContext,
  now = new Date(),
): Promise<void> {
  const goal = await tx.challengeGoal.findUnique({
    where: { organizationId_membershipId: { organizationId: ctx.orgId, membershipId: ctx.membershipId } },
    select: { id: true, startsOn: true, endsOn: true, noCount: true },
  });
  if (goal) {
    const noCount = await tx.challengeAttempt.count({
      where: {
        organizationId: ctx.orgId,
        membershipId: ctx.membershipId,
        outcome: "no",
        occurredOn: { gte: goal.startsOn, lte: goal.endsOn },
      },
    });
    if (noCount !== goal.noCount)
      await tx.challengeGoal.update({
        where: { organizationId_id: { organizationId: ctx.orgId, id: goal.id } },
        data: { noCount },
      });
  }
  await tx.membership.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: ctx.membershipId } },
    data: { lastActivityAt: now },
  });
}
