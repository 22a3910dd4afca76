import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions/require-permission";
import { defineUseCase } from "@/lib/permissions/use-case";
import { getMemberOrThrow } from "./get-member-or-throw";
import { keepAnOwner } from "./keep-an-owner";
import type { MemberStatus } from "./member-input";
import { recordAudit } from "./record-audit";
import type { WorkspaceContext } from "./workspace-context";
import { noteTeamMembershipChange } from "@/lib/teams/note-team-membership-change";

export type ChangedStatus = { membershipId: string; status: MemberStatus; changed: boolean };

/**
 * Deactivates or reactivates a member. A deactivated member keeps their history but cannot open
 * the workspace: resolveWorkspace refuses them from their next request on. Only owners may
 * (de)activate owners, nobody deactivates themselves, and the last active owner stays.
 */
export const setMemberStatus = defineUseCase({ permission: "members.manage", run: setMemberStatusUnchecked });
async function setMemberStatusUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  membershipId: string;
  status: MemberStatus;
}): Promise<ChangedStatus> {
  const { tx, ctx, membershipId, status } = options;
  const member = await getMemberOrThrow({ tx, ctx, membershipId });
  if (member.role === "owner") requirePermission(ctx, "members.manageOwners");
  if (member.status === status) return { membershipId, status, changed: false };
  if (status === "deactivated") {
    if (member.id === ctx.membershipId)
      throw AppError.conflict({ messageKey: "members.errors.selfDeactivate" });
    if (member.role === "owner") await keepAnOwner({ tx, ctx, leavingMembershipId: membershipId });
  }
  await tx.membership.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: membershipId } },
    data: { status },
  });
  const teams = await tx.teamMember.findMany({
    where: { organizationId: ctx.orgId, membershipId },
    select: { teamId: true },
  });
  await noteTeamMembershipChange({ tx, orgId: ctx.orgId, teamIds: teams.map((team) => team.teamId) });
  await recordAudit({
    tx,
    ctx,
    action: status === "deactivated" ? "membership.deactivate" : "membership.reactivate",
    targetType: "membership",
    targetId: membershipId,
    data: { role: member.role, email: member.user.email, name: member.user.name },
  });
  return { membershipId, status, changed: true };
}
