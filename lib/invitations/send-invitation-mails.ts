import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { queueMails } from "@/lib/mail/mail-queue";
import type { OutgoingInvitation } from "./invitation-mail";
import { hashInvitationToken } from "./invitation-token";

/**
 * Queues the invitation mails in the transaction that made the invitations (ADR 020): a rolled-back
 * invitation mails nobody, and a committed one is mailed however long the mail server is away. Each
 * delivery's outcome is written back to its invitation, which the invitation list shows.
 */
export function queueInvitationMails(tx: TenantTx, orgId: string, outgoing: OutgoingInvitation[]) {
  return queueMails(
    tx,
    outgoing.map((invitation) => ({
      mail: { template: "invitation" as const, invitation },
      track: {
        kind: "invitation" as const,
        orgId,
        invitationId: invitation.invitationId,
        tokenHash: hashInvitationToken(invitation.token),
      },
    })),
  );
}

/**
 * The action pipeline's after-commit step for every way of inviting: the mails are queued, so the
 * result only has to lose them, and with them the tokens, before it travels back to the browser.
 */
export function withholdInvitationTokens(result: { outgoing: OutgoingInvitation[] }): void {
  result.outgoing.splice(0);
}
