// What a mail job carries: what the mail is made from, not the finished mail. Rendered when it is
// sent, so that a CSV import of thousands queues a few hundred bytes per person, not their HTML.
import "server-only";
import { invitationMail, type OutgoingInvitation } from "@/lib/invitations/invitation-mail";
import type { MailMessage } from "./send-mail";

export type QueuedMail =
  { template: "message"; message: MailMessage } | { template: "invitation"; invitation: OutgoingInvitation };

export function renderQueuedMail(mail: QueuedMail): MailMessage {
  switch (mail.template) {
    case "message":
      return mail.message;
    case "invitation":
      return invitationMail(mail.invitation);
  }
}
