import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { toIsoDate } from "./challenge-dates";
import type { ChallengeArea, ChallengeOutcome } from "./challenge-options";

export type AttemptView = {
  id: string;
  occurredOn: string;
  /** Null when a quick entry left the details out. */
  area: ChallengeArea | null;
  ask: string;
  outcome: ChallengeOutcome;
  feelingBefore: number | null;
  feelingAfter: number | null;
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

const attemptSelect = {
  id: true,
  occurredOn: true,
  area: true,
  ask: true,
  outcome: true,
  feelingBefore: true,
  feelingAfter: true,
  lesson: true,
} as const;

const newestFirst = [
  { occurredOn: "desc" as const },
  { createdAt: "desc" as const },
  { id: "desc" as const },
];

function ownAttempts(ctx: WorkspaceContext) {
  return { organizationId: ctx.orgId, membershipId: ctx.membershipId, userId: ctx.userId };
}

async function readGoal(tx: TenantTx, ctx: WorkspaceContext): Promise<GoalView | null> {
  const goal = await tx.challengeGoal.findUnique({
    where: { organizationId_membershipId: { organizationId: ctx.orgId, membershipId: ctx.membershipId } },
    select: { target: true, startsOn: true, endsOn: true, noCount: true, shareCountWithTeams: true },
  });
  return goal && { ...goal, startsOn: toIsoDate(goal.startsOn), endsOn: toIsoDate(goal.endsOn) };
}

/** The person's own goal and whole log, newest attempt first (plain objects for the CSV). */
export const getChallenge = defineUseCase({ permission: "learning.participate", run: getChallengeUnchecked });
async function getChallengeUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<ChallengeView> {
  const { tx, ctx } = options;
  // One after the other: a transaction is one connection, which runs one query at a time anyway.
  const goal = await readGoal(tx, ctx);
  const attempts = await tx.challengeAttempt.findMany({
    where: ownAttempts(ctx),
    orderBy: newestFirst,
    select: attemptSelect,
  });
  return {
    goal,
    attempts: attempts.map((attempt) => ({ ...attempt, occurredOn: toIsoDate(attempt.occurredOn) })),
  };
}

/** Attempts per page of the log: a year of weekly asks used to make the page 5,000 px long (issue 19). */
export const ATTEMPTS_PER_PAGE = 20;

export type ChallengePageView = {
  goal: GoalView | null;
  /** Every attempt's day and outcome, oldest to newest unsorted: the chart and the streak count them all. */
  marks: { occurredOn: string; outcome: ChallengeOutcome }[];
  /** The "surprising yes" attempts, newest first. */
  yeses: { id: string; occurredOn: string; ask: string }[];
  /** This page of the log, newest first. */
  attempts: AttemptView[];
  total: number;
  /** 1-based; a page past the end shows the last one. */
  page: number;
  pageCount: number;
};

/**
 * The challenge page's read: the goal, what the chart and streak need of every attempt (two small
 * columns), and one page of the full log. Only the person's own attempts, here by the query and in
 * the database by row-level security.
 */
export const getChallengePage = defineUseCase({
  permission: "learning.participate",
  run: getChallengePageUnchecked,
});
async function getChallengePageUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  page: number;
}): Promise<ChallengePageView> {
  const { tx, ctx } = options;
  const goal = await readGoal(tx, ctx);
  const all = await tx.challengeAttempt.findMany({
    where: ownAttempts(ctx),
    orderBy: newestFirst,
    select: { occurredOn: true, outcome: true },
  });
  const yeses = await tx.challengeAttempt.findMany({
    where: { ...ownAttempts(ctx), outcome: "yes" },
    orderBy: newestFirst,
    select: { id: true, occurredOn: true, ask: true },
  });
  const total = all.length;
  const pageCount = Math.max(1, Math.ceil(total / ATTEMPTS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(options.page) || 1), pageCount);
  const attempts =
    total === 0
      ? []
      : await tx.challengeAttempt.findMany({
          where: ownAttempts(ctx),
          orderBy: newestFirst,
          skip: (page - 1) * ATTEMPTS_PER_PAGE,
          take: ATTEMPTS_PER_PAGE,
          select: attemptSelect,
        });
  return {
    goal,
    marks: all.map((attempt) => ({ occurredOn: toIsoDate(attempt.occurredOn), outcome: attempt.outcome })),
    yeses: yeses.map((attempt) => ({
      id: attempt.id,
      occurredOn: toIsoDate(attempt.occurredOn),
      ask: attempt.ask,
    })),
    attempts: attempts.map((attempt) => ({ ...attempt, occurredOn: toIsoDate(attempt.occurredOn) })),
    total,
    page,
    pageCount,
  };
}
