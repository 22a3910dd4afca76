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

export type AddedTeamMember = { teamId: string; membershipId: string; isManager: boolean; added: boolean };

/**
 * Puts an active member of the organization in a team, as a manager of it when asked. A person may
 * be in several teams. Adding someone who is already in the team changes nothing (a double submit).
 */
export const addTeamMember = defineUseCase({ permission: "teams.manage", run: addTeamMemberUnchecked });
async function addTeamMemberUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  teamId: string;
  membershipId: string;
  isManager?: boolean;
}): Promise<AddedTeamMember> {
  const { tx, ctx, teamId, membershipId } = options;
  const isManager = options.isManager ?? false;
  const team = await getTeamOrThrow({ tx, ctx, teamId });
  const member = await getMemberOrThrow({ tx, ctx, membershipId });
  if (member.status !== "active") {
    throw AppError.conflict({
      messageKey: "people:teams.errors.memberDeactivated",
      fieldErrors: { membershipId: "people:teams.errors.memberDeactivated" },
    });
  }
  if (isManager) assertMayLeadTeam(member.role);
  const created = await tx.teamMember.createMany({
    data: [{ organizationId: ctx.orgId, teamId, membershipId, isManager }],
    skipDuplicates: true,
  });
  if (created.count === 0) {
    const existing = await tx.teamMember.findUniqueOrThrow({
      where: { organizationId_teamId_membershipId: { organizationId: ctx.orgId, teamId, membershipId } },
      select: { isManager: true },
    });
    return { teamId, membershipId, isManager: existing.isManager, added: false };
  }
  await noteTeamMembershipChange({ tx, orgId: ctx.orgId, teamIds: [teamId] });
  const person = { name: member.user.name, email: member.user.email, team: team.name };
  await recordAudit({
    tx,
    ctx,
    action: "team.member.add",
    targetType: "team",
    targetId: teamId,
    data: { ...person, membershipId },
  });
  if (isManager) {
    await recordAudit({
      tx,
      ctx,
      action: "team.manager.set",
      targetType: "team",
      targetId: teamId,
      data: { ...person, membershipId },
    });
  }
  return { teamId, membershipId, isManager, added: true };
}
