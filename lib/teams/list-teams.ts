import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { teamHeadcounts, teamManagerWhere } from "@/lib/insights/who-counts";
import { defineUseCase } from "@/lib/permissions/use-case";

export type TeamSummary = {
  id: string;
  name: string;
  /** Its members, managers included (lib/insights/who-counts.ts). */
  memberCount: number;
  /** Its learners: the members who are not its managers, as every dashboard and export counts them. */
  learnerCount: number;
  /** Names (or addresses) of the team's managers, by name. */
  managers: string[];
};

/** The organization's teams by name, with who counts in each (who-counts.ts) and who manages it. HR only. */
export const listTeams = defineUseCase({ permission: "teams.manage", run: listTeamsUnchecked });
async function listTeamsUnchecked(options: { tx: TenantTx; ctx: WorkspaceContext }): Promise<TeamSummary[]> {
  const { tx, ctx } = options;
  const teams = await tx.team.findMany({
    where: { organizationId: ctx.orgId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      members: {
        where: teamManagerWhere,
        select: { membership: { select: { user: { select: { name: true, email: true } } } } },
      },
    },
  });
  const headcounts = await teamHeadcounts({ tx, orgId: ctx.orgId, teamIds: teams.map((team) => team.id) });
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    memberCount: headcounts.get(team.id)!.learners + headcounts.get(team.id)!.managers,
    learnerCount: headcounts.get(team.id)!.learners,
    managers: team.members
      .map(({ membership }) => membership.user.name || membership.user.email)
      .sort((a, b) => a.localeCompare(b, "nb")),
  }));
}

export type TeamOption = { id: string; name: string };

/** Teams to choose from in a form (the invitation's teams): id and name, by name. */
export const listTeamOptions = defineUseCase({
  permission: "invitations.manage",
  run: listTeamOptionsUnchecked,
});
async function listTeamOptionsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<TeamOption[]> {
  const { tx, ctx } = options;
  return tx.team.findMany({
    where: { organizationId: ctx.orgId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
