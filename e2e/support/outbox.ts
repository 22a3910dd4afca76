// The outbox's address with its key (lib/mail/outbox-key.ts), as `npm start` prints it, and waiting
// for mail: the app's job worker sends it a moment after the request that queued it (ADR 020).
import { ensureOutboxKeyWith } from "@/lib/mail/outbox-key-sql";
import { expect, withE2eDatabase } from "./login";

export async function outboxPath(lang: "nb" | "en" | "nl" = "nb"): Promise<string> {
  const key = await withE2eDatabase((client) => ensureOutboxKeyWith(client));
  return `/${lang}/dev/outbox?key=${encodeURIComponent(key)}`;
}

/** How many mails to `email` the outbox holds. */
export function mailsTo(email: string): Promise<number> {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ count: number }>(
      `select count(*)::int as count from "OutboxMessage" where "to" = $1`,
      [email.toLowerCase()],
    );
    return rows[0]!.count;
  });
}

/** Waits until `count` mails to `email` have been delivered to the outbox. */
export async function waitForMails(email: string, count = 1): Promise<void> {
  await expect.poll(() => mailsTo(email), { message: `mail to ${email}`, timeout: 15_000 }).toBe(count);
}

/** Waits until the queue holds no job that is due and waiting: what was queued has run. */
export async function queueSettled(): Promise<void> {
  const pending = () =>
    withE2eDatabase(async (client) => {
      const { rows } = await client.query<{ count: number }>(
        `select count(*)::int as count from graphile_worker._private_jobs
          where run_at <= now() and attempts < max_attempts`,
      );
      return rows[0]!.count;
    });
  await expect.poll(pending, { message: "jobs due in the queue", timeout: 15_000 }).toBe(0);
}
