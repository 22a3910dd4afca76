import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { requirePermission } from "@/lib/permissions/require-permission";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { Role } from "@/lib/permissions/roles";
import { getMemberOrThrow } from "./get-member-or-throw";
import { keepAnOwner } from "./keep-an-owner";
import { recordAudit } from "./record-audit";
import type { WorkspaceContext } from "./workspace-context";

export type ChangedRole = { membershipId: string; role: Role; changed: boolean };

/**
 * Gives a member another role. HR may change roles; only owners may make an owner or change an
 * owner's role, and the last active owner cannot be demoted. Recorded in the audit log.
 */
export const changeMemberRole = defineUseCase({
  permission: "members.manage",
  run: changeMemberRoleUnchecked,
});
async function changeMemberRoleUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  membershipId: string;
  role: Role;
}): Promise<ChangedRole> {
  const { tx, ctx, membershipId, role } = options;
  const member = await getMemberOrThrow({ tx, ctx, membershipId });
  if (role === "owner" || member.role === "owner") requirePermission(ctx, "members.manageOwners");
  // A second click on the same choice changes nothing and records nothing.
  if (member.role === role) return { membershipId, role, changed: false };
  if (member.role === "owner" && member.status === "active") {
    await keepAnOwner({ tx, ctx, leavingMembershipId: membershipId });
  }
  await tx.membership.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: membershipId } },
    data: { role },
  });
  await recordAudit({
    tx,
    ctx,
    action: "membership.role",
    targetType: "membership",
    targetId: membershipId,
    data: { from: member.role, to: role, email: member.user.email, name: member.user.name },
  });
  return { membershipId, role, changed: true };
}
