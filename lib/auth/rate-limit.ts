// Sliding-window rate limiting kept in Postgres, so every app process counts the
// same attempts. One row per attempt in RateLimitHit; rows older than their window are pruned on write.
import "server-only";
import { db, type Db } from "@/lib/db/client";
import { execute, q } from "@/lib/db/sql";

export type RateLimitRule = {
  /** What is counted, e.g. "sign-in:email:a@b.no". */
  key: string;
  /** Attempts allowed inside the window. */
  limit: number;
  windowMs: number;
};

export type RateLimitResult =
  | { ok: true }
  | {
      ok: false;
      /** The rule that was exceeded. */
      key: string;
      /** When the oldest counted attempt leaves the window and one more is allowed. */
      retryAt: Date;
    };

/** Rows older than this are deleted whatever their key, so keys never used again do not pile up. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Counts one attempt against every rule, or none when any rule is already at its limit (a blocked
 * client does not extend its own block). The check and the write are one transaction holding an
 * advisory lock per key, so concurrent requests in any number of processes cannot overshoot.
 */
export async function consumeRateLimit(
  rules: readonly RateLimitRule[],
  options: { now?: Date; client?: Db } = {},
): Promise<RateLimitResult> {
  const now = options.now ?? new Date();
  const client = options.client ?? db;
  // The same lock order in every transaction: two requests sharing two keys cannot deadlock.
  const sorted = [...rules].sort((a, b) => a.key.localeCompare(b.key));
  return client.$transaction(async (tx) => {
    for (const rule of sorted) {
      // Advisory locks stay SQL text (ADR 037): a lock function, no table or column to type.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${rule.key}, 0))`;
    }
    for (const rule of sorted) {
      const windowStart = new Date(now.getTime() - rule.windowMs);
      await tx.rateLimitHit.deleteMany({ where: { key: rule.key, createdAt: { lte: windowStart } } });
      const hits = await tx.rateLimitHit.findMany({
        where: { key: rule.key, createdAt: { gt: windowStart } },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
        take: rule.limit,
      });
      const oldest = hits[0];
      if (hits.length >= rule.limit && oldest) {
        return { ok: false, key: rule.key, retryAt: new Date(oldest.createdAt.getTime() + rule.windowMs) };
      }
    }
    await tx.rateLimitHit.createMany({ data: sorted.map((rule) => ({ key: rule.key, createdAt: now })) });
    await execute(
      tx,
      q.deleteFrom("RateLimitHit").where("createdAt", "<", new Date(now.getTime() - RETENTION_MS)),
    );
    return { ok: true };
  });
}
