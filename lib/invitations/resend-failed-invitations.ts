import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { OutgoingInvitation } from "./invitation-mail";
import { openInvitation } from "./invitation-guards";
import { resendInvitation } from "./resend-invitation";

export type ResentFailedInvitations = {
  resent: number;
  /** The mails, queued in this transaction (hold tokens: the action withholds them). */
  outgoing: OutgoingInvitation[];
};

/** More than this at once is a mail server that is still down, not a few bad addresses. */
export const RESEND_FAILED_MAX = 1_000;

/**
 * Sends every open invitation whose mail the queue gave up on again, each with a new link (the
 * old one never reached anyone), in one transaction. A second click finds none left to send.
 */
export const resendFailedInvitations = defineUseCase({
  permission: "invitations.manage",
  run: resendFailedInvitationsUnchecked,
});
async function resendFailedInvitationsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<ResentFailedInvitations> {
  const { tx, ctx } = options;
  const failed = await tx.invitation.findMany({
    where: { organizationId: ctx.orgId, ...openInvitation(), mailFailedAt: { not: null } },
    orderBy: { createdAt: "asc" },
    take: RESEND_FAILED_MAX,
    select: { id: true },
  });
  const outgoing: OutgoingInvitation[] = [];
  for (const { id } of failed) {
    const resent = await resendInvitation({ tx, ctx, invitationId: id });
    outgoing.push(...resent.outgoing);
  }
  return { resent: failed.length, outgoing };
}
