import "server-only";
import { sendMail } from "@/lib/mail/send-mail";
import { invitationMail, type OutgoingInvitation } from "./invitation-mail";

const MAIL_CONCURRENCY = 4;

export type MailDelivery = { sent: number; failed: string[] };

/**
 * Sends invitation mails after their transaction committed: a mail never carries a token that a
 * rolled-back transaction threw away. A failed mail leaves its invitation pending; HR sees how many
 * failed and can send them again from the list.
 */
export async function sendInvitationMails(outgoing: OutgoingInvitation[]): Promise<MailDelivery> {
  const delivery: MailDelivery = { sent: 0, failed: [] };
  let next = 0;
  // A few at a time: a CSV import sends thousands, and the connection pool and mail server have
  // room for some in parallel, not for all.
  const worker = async () => {
    for (let invitation = outgoing[next++]; invitation; invitation = outgoing[next++]) {
      try {
        await sendMail(invitationMail(invitation));
        delivery.sent += 1;
      } catch (error) {
        console.error(`Invitation mail to ${invitation.to} failed`, error);
        delivery.failed.push(invitation.to);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAIL_CONCURRENCY, outgoing.length) }, worker));
  return delivery;
}

/**
 * The action pipeline's after-commit step for every way of inviting: sends the result's mails and
 * takes them out of it, so no token travels back to the browser, and records how many failed.
 */
export async function deliverInvitationMails(result: {
  outgoing: OutgoingInvitation[];
  mailsFailed: number;
}): Promise<void> {
  const outgoing = result.outgoing.splice(0);
  const delivery = await sendInvitationMails(outgoing);
  result.mailsFailed = delivery.failed.length;
}
