import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";

export type TeamSummary = {
  id: string;
  name: string;
  memberCount: number;
  /** Names (or addresses) of the team's managers, by name. */
  managers: string[];
};

/** The organization's teams by name, with how many people are in each and who manages it. HR only. */
export async function listTeams(options: { tx: TenantTx; ctx: WorkspaceContext }): Promise<TeamSummary[]> {
  const { tx, ctx } = options;
  requirePermission(ctx, "teams.manage");
  const teams = await tx.team.findMany({
    where: { organizationId: ctx.orgId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      _count: { select: { members: true } },
      members: {
        where: { isManager: true },
        select: { membership: { select: { user: { select: { name: true, email: true } } } } },
      },
    },
  });
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    memberCount: team._count.members,
    managers: team.members
      .map(({ membership }) => membership.user.name || membership.user.email)
      .sort((a, b) => a.localeCompare(b, "nb")),
  }));
}

export type TeamOption = { id: string; name: string };

/** Teams to choose from in a form (the invitation's teams): id and name, by name. */
export async function listTeamOptions(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<TeamOption[]> {
  const { tx, ctx } = options;
  requirePermission(ctx, "invitations.manage");
  return tx.team.findMany({
    where: { organizationId: ctx.orgId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
