import "server-only";
import { db, type Db } from "@/lib/db/client";
import { answerWithin } from "@/lib/runtime/answer-within";

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

/**
 * Answers within `timeoutMs` whether the database responds. The reason is short and carries no
 * connection details, so it may be shown by GET /api/health.
 */
export async function checkDatabase(
  options: { client?: Db; timeoutMs?: number } = {},
): Promise<DatabaseHealth> {
  const client = options.client ?? db;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const query = client.$queryRaw<{ ok: number }[]>`select 1 as ok`.then(
    (): DatabaseHealth => ({ ok: true }),
    (error: unknown): DatabaseHealth => ({ ok: false, reason: describeFailure(error) }),
  );
  return answerWithin(query, timeoutMs, () => ({ ok: false, reason: `no answer within ${timeoutMs} ms` }));
}

function describeFailure(error: unknown): string {
  // The driver's kind of failure (e.g. DatabaseNotReachable) or Prisma's code; never the message or
  // the rest of the error, which name hosts and users.
  const { code, meta } = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  const kind = meta?.driverAdapterError?.cause?.kind ?? code;
  return typeof kind === "string" && /^[A-Za-z0-9_]{2,40}$/.test(kind)
    ? `database unavailable (${kind})`
    : "database unavailable";
}
