import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { getTeamOrThrow } from "./get-team-or-throw";

export type DeletedTeam = { teamId: string; name: string; memberCount: number };

/**
 * Deletes a team. Its members stay in the organization; only their place in this team goes
 * (the database cascades TeamMember rows). Pending invitations that name the team simply skip it
 * when accepted.
 */
export const deleteTeam = defineUseCase({ permission: "teams.manage", run: deleteTeamUnchecked });
async function deleteTeamUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  teamId: string;
}): Promise<DeletedTeam> {
  const { tx, ctx, teamId } = options;
  const team = await getTeamOrThrow({ tx, ctx, teamId });
  const memberCount = await tx.teamMember.count({ where: { organizationId: ctx.orgId, teamId } });
  await tx.team.delete({ where: { organizationId_id: { organizationId: ctx.orgId, id: teamId } } });
  await recordAudit({
    tx,
    ctx,
    action: "team.delete",
    targetType: "team",
    targetId: teamId,
    data: { name: team.name, memberCount },
  });
  return { teamId, name: team.name, memberCount };
}
