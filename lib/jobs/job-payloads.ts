// What each task of the job queue takes. One map, so that enqueueing and running agree on it.
import type { MailJobPayload } from "@/lib/mail/mail-queue";

export type JobPayloads = {
  /** One mail, sealed (lib/mail/mail-queue.ts). */
  send_mail: MailJobPayload;
  /** One claimed notification (lib/notifications/claim-notifications.ts). */
  send_notification: { orgId: string; notificationId: string };
  /** Decide which notifications are due (every 15 minutes from the worker's schedule). */
  scan_notifications: { at?: string };
};

export type TaskName = keyof JobPayloads;
