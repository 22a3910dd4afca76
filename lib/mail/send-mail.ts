// How the job queue's worker delivers a mail (lib/mail/mail-queue.ts; nothing else sends directly).
// Both paths build the message with nodemailer; with SMTP_URL it is
// delivered, without it nodemailer's JSON transport renders it and the result lands in the outbox
// table (shown at /[lang]/dev/outbox) so development and tests can read what would have been sent.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db, type Db } from "@/lib/db/client";
import { getEnv, type Env } from "@/lib/env";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058) on notifications. */
  headers?: Record<string, string>;
  /** Files sent along, e.g. the calendar entry (text/calendar) of an assignment's due date. */
  attachments?: { filename: string; content: string; contentType: string }[];
};

export type SentMail = { delivery: "smtp" | "outbox"; messageId: string };

export type MailEnv = Pick<Env, "SMTP_URL" | "MAIL_FROM">;

const smtpTransports = new Map<string, Transporter>();
const outboxTransport = nodemailer.createTransport({ jsonTransport: true });

/**
 * A pool of a few connections per mail server, reused across mails, with short timeouts: a server
 * that does not answer fails the attempt in seconds and the queue retries later (nodemailer's
 * defaults wait two minutes to connect and ten to be greeted).
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function smtpTransport(url: string): Transporter {
  let transport = smtpTransports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({ url, pool: true, maxConnections: 4, ...SMTP_TIMEOUTS });
    smtpTransports.set(url, transport);
  }
  return transport;
}

/** What nodemailer's JSON transport renders; only the fields the outbox keeps. */
type RenderedMail = { subject?: string; text?: string; html?: string };

export async function sendMail(
  message: MailMessage,
  options: { env?: MailEnv; client?: Db } = {},
): Promise<SentMail> {
  const env = options.env ?? getEnv();
  const mail = { from: env.MAIL_FROM, ...message };

  if (env.SMTP_URL) {
    const info = await smtpTransport(env.SMTP_URL).sendMail(mail);
    const failed = [...info.rejected, ...(info.pending ?? [])];
    if (failed.length > 0)
      throw new Error(`The mail server did not accept the message for ${failed.length} recipient(s)`);
    return { delivery: "smtp", messageId: info.messageId };
  }

  const info = await outboxTransport.sendMail(mail);
  const rendered = JSON.parse(String(info.message)) as RenderedMail;
  await (options.client ?? db).outboxMessage.create({
    data: {
      to: info.envelope.to.join(", "),
      subject: rendered.subject ?? "",
      text: rendered.text ?? "",
      html: rendered.html ?? null,
    },
  });
  return { delivery: "outbox", messageId: info.messageId };
}
