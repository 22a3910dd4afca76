// What each task of the job queue takes. One map, so that enqueueing and running agree on it.
import type { MailJobPayload } from "@/lib/mail/mail-queue";

export type JobPayloads = {
  /** One mail, sealed (lib/mail/mail-queue.ts). */
  send_mail: MailJobPayload;
};

export type TaskName = keyof JobPayloads;
