// The outbox key's SQL, for scripts and tests that talk to Postgres directly (the app uses Prisma,
// lib/mail/outbox-key.ts). No "server-only": scripts import it.
import { randomBytes } from "node:crypto";

type Queryable = { query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }> };

/** The outbox key, made when there is none (the same row lib/mail/outbox-key.ts reads). */
export async function ensureOutboxKeyWith(client: Queryable): Promise<string> {
  await client.query(
    `insert into "AppMeta" (key, value, "updatedAt") values ('outbox-key', $1, now()) on conflict (key) do nothing`,
    [randomBytes(24).toString("base64url")],
  );
  const { rows } = await client.query<{ value: string }>(
    `select value from "AppMeta" where key = 'outbox-key'`,
  );
  return rows[0]!.value;
}
