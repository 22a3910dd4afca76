import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { getMemberOrThrow } from "@/lib/orgs/get-member-or-throw";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { getTeamOrThrow } from "./get-team-or-throw";
import { noteTeamMembershipChange } from "@/lib/teams/note-team-membership-change";

export type RemovedTeamMember = { teamId: string; membershipId: string; removed: boolean };

/** Takes a person out of a team (they stay in the organization). Someone not in it: nothing happens. */
export const removeTeamMember = defineUseCase({ permission: "teams.manage", run: removeTeamMemberUnchecked });
async function removeTeamMemberUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  teamId: string;
  membershipId: string;
}): Promise<RemovedTeamMember> {
  const { tx, ctx, teamId, membershipId } = options;
  const team = await getTeamOrThrow({ tx, ctx, teamId });
  const member = await getMemberOrThrow({ tx, ctx, membershipId });
  const deleted = await tx.teamMember.deleteMany({
    where: { organizationId: ctx.orgId, teamId, membershipId },
  });
  if (deleted.count === 0) return { teamId, membershipId, removed: false };
  await noteTeamMembershipChange({ tx, orgId: ctx.orgId, teamIds: [teamId] });
  await recordAudit({
    tx,
    ctx,
    action: "team.member.remove",
    targetType: "team",
    targetId: teamId,
    data: { name: member.user.name, email: member.user.email, team: team.name, membershipId },
  });
  return { teamId, membershipId, removed: true };
}
