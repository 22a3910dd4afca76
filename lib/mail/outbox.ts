import "server-only";
import { db } from "@/lib/db/client";
import { getEnv, type Env } from "@/lib/env";

/** The outbox exists exactly when no mail server is configured. */
export function isOutboxEnabled(env: Pick<Env, "SMTP_URL"> = getEnv()): boolean {
  return env.SMTP_URL === undefined;
}

export type OutboxEntry = { id: string; to: string; subject: string; text: string; createdAt: Date };

/** The newest messages first. */
export async function listOutboxMessages({ limit = 50 }: { limit?: number } = {}): Promise<OutboxEntry[]> {
  return db.outboxMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
