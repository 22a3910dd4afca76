import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";

/** The statement a row is about, with its text in every language, so the export reads on its own. */
const statement = { select: { id: true, programId: true, kind: true, text: true } } as const;

/**
 * Everything about the signed-in person in this organization, as plain JSON ("Download my data").
 * Every query names the person's own membership (and private tables are bound to the author by
 * row-level security as well), so nothing of anyone else can slip in.
 */
export const exportMyData = defineUseCase({ permission: "workspace.view", run: exportMyDataUnchecked });
async function exportMyDataUnchecked(options: { tx: TenantTx; ctx: WorkspaceContext; now?: Date }) {
  const { tx, ctx } = options;
  const mine = { organizationId: ctx.orgId, membershipId: ctx.membershipId };
  // One after the other: a transaction is one connection, which runs one query at a time anyway.
  const user = await tx.user.findUniqueOrThrow({
    where: { id: ctx.userId },
    select: { id: true, email: true, name: true, language: true, emailVerified: true, createdAt: true },
  });
  const membership = await tx.membership.findUniqueOrThrow({
    where: { organizationId_id: { organizationId: ctx.orgId, id: ctx.membershipId } },
    select: {
      id: true,
      role: true,
      status: true,
      createdAt: true,
      shareRatingsWithManager: true,
      ratingsSharedSince: true,
      ratingsSharedUntil: true,
      lastActivityAt: true,
      organization: { select: { id: true, slug: true, name: true } },
    },
  });
  const teams = await tx.teamMember.findMany({
    where: mine,
    orderBy: { createdAt: "asc" },
    select: { isManager: true, createdAt: true, team: { select: { id: true, name: true } } },
  });
  const completions = await tx.resourceCompletion.findMany({
    where: mine,
    orderBy: { completedAt: "asc" },
    select: {
      programId: true,
      resourceRevision: true,
      completedAt: true,
      resource: { select: { id: true, title: true } },
    },
  });
  const ratings = await tx.rating.findMany({
    where: mine,
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      programId: true,
      statementRevision: true,
      level: true,
      unclear: true,
      wantsHelp: true,
      createdAt: true,
      statement,
      note: { select: { text: true, createdAt: true } },
    },
  });
  const currentRatings = await tx.currentRating.findMany({
    where: mine,
    orderBy: { ratedAt: "asc" },
    select: {
      programId: true,
      ratingId: true,
      level: true,
      statementRevision: true,
      ratedAt: true,
      statement,
    },
  });
  const helpRequests = await tx.helpRequest.findMany({
    where: mine,
    orderBy: { createdAt: "asc" },
    select: { id: true, programId: true, createdAt: true, handledAt: true, statement },
  });
  const reflections = await tx.reflection.findMany({
    where: { ...mine, userId: ctx.userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, promptIndex: true, text: true, createdAt: true, updatedAt: true, statement },
  });
  const goal = await tx.challengeGoal.findUnique({
    where: { organizationId_membershipId: mine },
    select: {
      target: true,
      startsOn: true,
      endsOn: true,
      noCount: true,
      shareCountWithTeams: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const attempts = await tx.challengeAttempt.findMany({
    where: { ...mine, userId: ctx.userId },
    orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      occurredOn: true,
      area: true,
      ask: true,
      outcome: true,
      feelingBefore: true,
      feelingAfter: true,
      lesson: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const { organization, ...ownMembership } = membership;
  return {
    exportedAt: (options.now ?? new Date()).toISOString(),
    organization,
    user,
    membership: ownMembership,
    teams: teams.map((row) => ({ ...row.team, isManager: row.isManager, joinedAt: row.createdAt })),
    resourceCompletions: completions,
    ratings,
    currentRatings,
    helpRequests,
    reflections,
    challenge: { goal, attempts },
  };
}

export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;
