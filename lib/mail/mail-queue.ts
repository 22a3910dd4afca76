// Every mail goes through the job queue (issue 16, ADR 020): the request that causes a mail only
// adds a job in its own transaction, and the worker delivers it with retries for about a day.
// The message is sealed in the job: it holds sign-in links, codes and invitation tokens, and the
// queue's table is readable by the app role of every organization.
import "server-only";
import { z } from "zod";
import { withOrganization } from "@/lib/db/tenant";
import { JOB_PRIORITY, enqueueJobs, type JobSpec } from "@/lib/jobs/enqueue";
import { openSecret, sealSecret } from "@/lib/sso/secret-box";
import { renderQueuedMail, type QueuedMail } from "./queued-mail";
import { sendMail, type MailEnv } from "./send-mail";

const MAIL_SEAL_PURPOSE = "queued mail";

/**
 * Attempts before the queue gives up: graphile-worker waits e^n seconds after the n-th failure
 * (at most e^10, about six hours), so twelve attempts span about a day.
 */
export const MAIL_MAX_ATTEMPTS = 12;

/** Where a delivery's outcome is recorded, so that people can see a mail that did not go out. */
const mailTrack = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("invitation"),
    orgId: z.uuid(),
    invitationId: z.uuid(),
    /** The token the mail carries: a later resend's outcome is not this mail's. */
    tokenHash: z.string(),
  }),
]);
export type MailTrack = z.infer<typeof mailTrack>;

const mailJobPayload = z.object({ sealed: z.string(), track: mailTrack.optional() });
export type MailJobPayload = z.infer<typeof mailJobPayload>;

type Executor = Parameters<typeof enqueueJobs>[0];

/** The job that sends `mail`; sign-in mail goes first. */
export function mailJob(
  mail: QueuedMail,
  options: { priority?: number; track?: MailTrack } = {},
): JobSpec<"send_mail"> {
  return {
    task: "send_mail",
    payload: { sealed: sealSecret(MAIL_SEAL_PURPOSE, JSON.stringify(mail)), track: options.track },
    priority: options.priority ?? JOB_PRIORITY.normal,
    maxAttempts: MAIL_MAX_ATTEMPTS,
  };
}

/** Queues mails in the caller's transaction (or on their own with the plain client). */
export function queueMails(
  executor: Executor,
  mails: { mail: QueuedMail; priority?: number; track?: MailTrack }[],
): Promise<void> {
  return enqueueJobs(
    executor,
    mails.map(({ mail, ...options }) => mailJob(mail, options)),
  );
}

/** What the worker needs of graphile-worker's job helpers. */
export type JobAttempt = { attempts: number; max_attempts: number };

/**
 * The send_mail task. A refusal the server means for good (a 5xx reply, e.g. "no such mailbox")
 * fails at once; anything else (a server that is down, silent or busy) is retried by the queue.
 */
export async function deliverQueuedMail(
  payload: unknown,
  job: JobAttempt,
  options: { env?: MailEnv } = {},
): Promise<void> {
  const { sealed, track } = mailJobPayload.parse(payload);
  const message = renderQueuedMail(JSON.parse(openSecret(MAIL_SEAL_PURPOSE, sealed)) as QueuedMail);
  try {
    await sendMail(message, { env: options.env });
  } catch (error) {
    const permanent = isPermanentRefusal(error);
    const final = permanent || job.attempts >= job.max_attempts;
    if (track) await recordOutcome(track, { error: describeMailError(error), final });
    if (permanent) {
      console.error(`mail to ${message.to} refused for good: ${describeMailError(error)}`);
      return;
    }
    throw error;
  }
  if (track) await recordOutcome(track, { sent: true });
}

/** A 5xx reply: the server means it for good (no such mailbox); retrying will not help. */
export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** Short and free of secrets: what the server or the network said, for HR to read. */
export function describeMailError(error: unknown): string {
  const reason = error as { response?: unknown; code?: unknown; message?: unknown } | null;
  const text =
    typeof reason?.response === "string"
      ? reason.response
      : typeof reason?.message === "string"
        ? reason.message
        : String(error);
  const code = typeof reason?.code === "string" ? `${reason.code}: ` : "";
  return `${code}${text}`.replace(/\s+/g, " ").slice(0, 300);
}

async function recordOutcome(
  track: MailTrack,
  outcome: { sent: true } | { error: string; final: boolean },
): Promise<void> {
  const data =
    "sent" in outcome
      ? { mailSentAt: new Date(), mailError: null, mailFailedAt: null }
      : { mailError: outcome.error, ...(outcome.final ? { mailFailedAt: new Date() } : {}) };
  await withOrganization(track.orgId, (tx) =>
    tx.invitation.updateMany({
      where: { id: track.invitationId, organizationId: track.orgId, tokenHash: track.tokenHash },
      data,
    }),
  );
}
