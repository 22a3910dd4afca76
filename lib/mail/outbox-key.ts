// The outbox is for the person who started the app (issue 15): without a mail server every
// person's sign-in links land there, so it opens only with a key that `npm start` prints. The key
// is made once per database when the app starts (scripts/serve-app.ts, lib/mail/outbox-key-sql.ts),
// kept in AppMeta, and never shown by the app itself.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";

export const OUTBOX_KEY = "outbox-key";

/** Whether `candidate` is the outbox key (compared in constant time). */
export async function isOutboxKey(candidate: string | undefined, client = db): Promise<boolean> {
  if (!candidate) return false;
  const row = await client.appMeta.findUnique({ where: { key: OUTBOX_KEY } });
  if (!row) return false;
  const [a, b] = [Buffer.from(row.value), Buffer.from(candidate)];
  return a.length === b.length && timingSafeEqual(a, b);
}
