import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { getInvitationOrThrow } from "./get-invitation-or-throw";
import { assertNotMember, inviterName, lockInvitations } from "./invitation-guards";
import type { OutgoingInvitation } from "./invitation-mail";
import { queueInvitationMails } from "./send-invitation-mails";
import { invitationExpiry, invitationStatus } from "./invitation-status";
import { hashInvitationToken, newInvitationToken } from "./invitation-token";

export type ResentInvitation = {
  invitationId: string;
  email: string;
  expiresAt: Date;
  /** The mail, queued in this transaction (holds the token: the action withholds it from the browser). */
  outgoing: OutgoingInvitation[];
};

/**
 * Sends a pending or expired invitation again with a new token and a new 7-day expiry. The old
 * token's hash is overwritten, so the earlier mail's link stops working at once.
 */
export const resendInvitation = defineUseCase({
  permission: "invitations.manage",
  run: resendInvitationUnchecked,
});
async function resendInvitationUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  invitationId: string;
}): Promise<ResentInvitation> {
  const { tx, ctx, invitationId } = options;
  await lockInvitations(tx, ctx.orgId);
  const invitation = await getInvitationOrThrow({ tx, ctx, invitationId });
  const status = invitationStatus(invitation);
  if (status === "accepted")
    throw AppError.conflict({ messageKey: "people:invitations.errors.alreadyAccepted" });
  if (status === "revoked")
    throw AppError.conflict({ messageKey: "people:invitations.errors.revokedResend" });
  await assertNotMember({ tx, ctx, email: invitation.email });
  const token = newInvitationToken();
  const expiresAt = invitationExpiry();
  await tx.invitation.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: invitationId } },
    // A new mail: what became of the old one is no longer news.
    data: {
      tokenHash: hashInvitationToken(token),
      expiresAt,
      mailSentAt: null,
      mailError: null,
      mailFailedAt: null,
    },
  });
  // Teams deleted since the first mail are left out of the new one (and are skipped on accept).
  const teams = await tx.team.findMany({
    where: { organizationId: ctx.orgId, id: { in: invitation.teamIds } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  await recordAudit({
    tx,
    ctx,
    action: "invitation.resend",
    targetType: "invitation",
    targetId: invitationId,
    data: { email: invitation.email, name: invitation.name, role: invitation.role },
  });
  const outgoing: OutgoingInvitation[] = [
    {
      invitationId,
      to: invitation.email,
      token,
      role: invitation.role,
      orgName: ctx.orgName,
      lang: ctx.orgLanguage,
      inviter: await inviterName(tx, ctx.userId),
      teamNames: teams.map((team) => team.name),
    },
  ];
  await queueInvitationMails(tx, ctx.orgId, outgoing);
  return { invitationId, email: invitation.email, expiresAt, outgoing };
}
