import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { getInvitationOrThrow } from "./get-invitation-or-throw";
import { invitationStatus } from "./invitation-status";

export type RevokedInvitation = { invitationId: string; email: string; changed: boolean };

/**
 * Withdraws an invitation: its link stops working for good. An accepted one cannot be withdrawn
 * (deactivate the member instead); withdrawing twice changes and records nothing.
 */
export const revokeInvitation = defineUseCase({
  permission: "invitations.manage",
  run: revokeInvitationUnchecked,
});
async function revokeInvitationUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  invitationId: string;
}): Promise<RevokedInvitation> {
  const { tx, ctx, invitationId } = options;
  const invitation = await getInvitationOrThrow({ tx, ctx, invitationId });
  const status = invitationStatus(invitation);
  if (status === "accepted")
    throw AppError.conflict({ messageKey: "people:invitations.errors.alreadyAccepted" });
  if (status === "revoked") return { invitationId, email: invitation.email, changed: false };
  const updated = await tx.invitation.updateMany({
    where: { id: invitationId, organizationId: ctx.orgId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  // Accepted in the moment between reading and writing.
  if (updated.count === 0)
    throw AppError.conflict({ messageKey: "people:invitations.errors.alreadyAccepted" });
  await recordAudit({
    tx,
    ctx,
    action: "invitation.revoke",
    targetType: "invitation",
    targetId: invitationId,
    data: { email: invitation.email, name: invitation.name, role: invitation.role },
  });
  return { invitationId, email: invitation.email, changed: true };
}
