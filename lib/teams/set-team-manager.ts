import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { getMemberOrThrow } from "@/lib/orgs/get-member-or-throw";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { getTeamOrThrow } from "./get-team-or-throw";
import { assertMayLeadTeam } from "./may-lead-team";
import { noteTeamMembershipChange } from "@/lib/teams/note-team-membership-change";

export type ChangedTeamManager = {
  teamId: string;
  membershipId: string;
  isManager: boolean;
  changed: boolean;
};

/** Makes a member of a team one of its managers, or not any more. A team may have several managers. */
export const setTeamManager = defineUseCase({ permission: "teams.manage", run: setTeamManagerUnchecked });
async function setTeamManagerUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  teamId: string;
  membershipId: string;
  isManager: boolean;
}): Promise<ChangedTeamManager> {
  const { tx, ctx, teamId, membershipId, isManager } = options;
  const team = await getTeamOrThrow({ tx, ctx, teamId });
  const member = await getMemberOrThrow({ tx, ctx, membershipId });
  const place = await tx.teamMember.findUnique({
    where: { organizationId_teamId_membershipId: { organizationId: ctx.orgId, teamId, membershipId } },
    select: { isManager: true },
  });
  if (!place) throw AppError.notFound({ messageKey: "people:teams.errors.notInTeam" });
  if (place.isManager === isManager) return { teamId, membershipId, isManager, changed: false };
  if (isManager) assertMayLeadTeam(member.role);
  await tx.teamMember.update({
    where: { organizationId_teamId_membershipId: { organizationId: ctx.orgId, teamId, membershipId } },
    data: { isManager },
  });
  await noteTeamMembershipChange({ tx, orgId: ctx.orgId, teamIds: [teamId] });
  await recordAudit({
    tx,
    ctx,
    action: isManager ? "team.manager.set" : "team.manager.unset",
    targetType: "team",
    targetId: teamId,
    data: { name: member.user.name, email: member.user.email, team: team.name, membershipId },
  });
  return { teamId, membershipId, isManager, changed: true };
}
