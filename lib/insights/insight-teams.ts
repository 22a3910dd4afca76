// Which teams a person may look into: HR (insights.viewOrganization) every team of the
// organization; a manager only the teams where they are a manager. Any other team answers
// NOT_FOUND, like a team that does not exist, even in the same organization.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { can } from "@/lib/permissions/permissions";
import { defineUseCase } from "@/lib/permissions/use-case";
import { teamLearnerWhere } from "./who-counts";

export type InsightTeam = { id: string; name: string; memberCount: number };

function visibleTeams(ctx: WorkspaceContext): Prisma.TeamWhereInput {
  if (can(ctx.role, "insights.viewOrganization")) return { organizationId: ctx.orgId };
  return {
    organizationId: ctx.orgId,
    members: { some: { membershipId: ctx.membershipId, isManager: true } },
  };
}

/** The teams the person may open, by name, with how many learners each has (who-counts.ts). */
export const listInsightTeams = defineUseCase({
  permission: "teams.viewProgress",
  run: listInsightTeamsUnchecked,
});
async function listInsightTeamsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<InsightTeam[]> {
  const { tx, ctx } = options;
  const teams = await tx.team.findMany({
    where: visibleTeams(ctx),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      _count: { select: { members: { where: teamLearnerWhere } } },
    },
  });
  return teams.map((team) => ({ id: team.id, name: team.name, memberCount: team._count.members }));
}

/** One team the person may open, or NOT_FOUND. */
export const getInsightTeamOrThrow = defineUseCase({
  permission: "teams.viewProgress",
  run: getInsightTeamOrThrowUnchecked,
});
async function getInsightTeamOrThrowUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  teamId: string;
}) {
  const { tx, ctx, teamId } = options;
  const team = await tx.team.findFirst({
    where: { ...visibleTeams(ctx), id: teamId },
    select: {
      id: true,
      name: true,
      membersChangedAt: true,
      members: { where: { membershipId: ctx.membershipId, isManager: true }, select: { isManager: true } },
    },
  });
  if (!team) throw AppError.notFound({ messageKey: "insights:errors.teamNotFound" });
  // People share their ratings with their manager, not with HR: only the team's managers see them.
  return {
    id: team.id,
    name: team.name,
    membersChangedAt: team.membersChangedAt,
    viewerManages: team.members.length > 0,
  };
}
