// Reads from the streaming read replica where that is safe (ADR 036). Only when REPLICA_DATABASE_URL
// is set: without it every function here does exactly what withTenant does, with the same SQL.
//   - A page's one read transaction (lib/pages/read-page.ts, lib/pages/read-route.ts) runs on the
//     replica, with the same tenant settings, so row-level security applies there as on the primary.
//   - After a person's own write (lib/actions/pipeline.ts) their reads go to the primary until the
//     replica has replayed the primary's WAL position of that moment: a cookie carries the
//     position to the next requests, the request record to this one.
//   - A replica that is down, behind by more than MAX_REPLICA_LAG_MS, or not measured yet is not
//     read from; a read that fails there is run again on the primary and keeps reads off the
//     replica for REPLICA_DOWN_MS, so requests do not wait for it one after another.
// The replica's state is measured at most once a second, started by a read that does not wait for it.
import "server-only";
import { cookies } from "next/headers";
import { db, replicaDb, type Db } from "@/lib/db/client";
import { withTenant, withTenantOn, type TenantScope, type TenantTx } from "@/lib/db/tenant";
import { authUrl, getEnv } from "@/lib/env";
import { answerWithin } from "@/lib/runtime/answer-within";
import { currentRequestRecord } from "@/lib/runtime/request-context";
import {
  chooseRead,
  isReplicaFailure,
  laterLsn,
  MAX_REPLICA_LAG_MS,
  parseLsn,
  READ_AFTER_COOKIE,
  READ_AFTER_MAX_AGE_S,
  REPLICA_DOWN_MS,
  REPLICA_PROBE_EVERY_MS,
  UNKNOWN_REPLICA,
  type ReplicaState,
} from "./read-rules";

type Router = { client: Db; state: ReplicaState; measuring: Promise<ReplicaState> | null };

// On globalThis, like the clients (lib/db/client.ts): one breaker per process, whichever copy of
// this module a request runs through.
const globalForRouter = globalThis as typeof globalThis & { evneReadRouter?: Router };

function router(): Router | null {
  const client = replicaDb();
  if (!client) return null;
  return (globalForRouter.evneReadRouter ??= { client, state: { ...UNKNOWN_REPLICA }, measuring: null });
}

/** Whether a read replica is configured (REPLICA_DATABASE_URL). */
export function replicaConfigured(): boolean {
  return router() !== null;
}

// Measurements run beside requests, not in their way: a cold connection on a busy machine may take a while.
const MEASURE_TIMEOUT_MS = 3_000;
/** Later than any position a replica will have replayed. */
const UNKNOWN_POSITION = "FFFFFFFF/FFFFFFFF";

/** Measures the replica now (one measurement at a time per process) and keeps the result. */
export function measureReplica(): Promise<ReplicaState> {
  const current = router();
  if (!current) return Promise.resolve(UNKNOWN_REPLICA);
  current.measuring ??= (async () => {
    const measured = await answerWithin(replicaLag(current.client), MEASURE_TIMEOUT_MS, () => null);
    current.state = {
      ...current.state,
      checkedAt: Date.now(),
      ok: measured?.ok ?? false,
      lagMs: measured?.lagMs ?? null,
      replayLsn: measured?.replayLsn ?? null,
    };
    return current.state;
  })().finally(() => {
    current.measuring = null;
  });
  return current.measuring;
}

/**
 * Whether the replica is a standby that streams from the primary, and how far its replay is behind
 * what it received: 0 when it has replayed everything, else the age of the last transaction it
 * replayed. Functions and views any role may use (pg_stat_wal_receiver shows others its pid only).
 */
async function replicaLag(
  client: Db,
): Promise<{ ok: boolean; lagMs: number | null; replayLsn: string | null }> {
  try {
    const rows = await client.$queryRaw<
      { recovery: boolean; streaming: boolean; lag_ms: number | null; replay_lsn: string | null }[]
    >`
      select pg_is_in_recovery() as recovery,
             exists (select 1 from pg_stat_wal_receiver) as streaming,
             pg_last_wal_replay_lsn()::text as replay_lsn,
             (case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                   else extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000
              end)::float8 as lag_ms`;
    const row = rows[0];
    if (!row) return { ok: false, lagMs: null, replayLsn: null };
    const lagMs = row.lag_ms === null ? null : Math.max(0, Math.round(row.lag_ms));
    // A server that is not in recovery was promoted: it no longer follows the primary.
    return {
      ok: row.recovery && row.streaming && lagMs !== null,
      lagMs,
      replayLsn: parseLsn(row.replay_lsn),
    };
  } catch {
    return { ok: false, lagMs: null, replayLsn: null };
  }
}

/** The replica as /api/health shows it (measured now), or null without a replica. */
export async function replicaHealth(): Promise<{ ok: boolean; lagMs: number | null } | null> {
  const current = router();
  if (!current) return null;
  // Health checks have their own deadline (the load balancer's): the last measurement will do.
  const state = await answerWithin(measureReplica(), 1_000, () => current.state);
  return { ok: state.ok && state.lagMs !== null && state.lagMs <= MAX_REPLICA_LAG_MS, lagMs: state.lagMs };
}

/** The primary's WAL position after this person's last write: this request's, else the cookie's. */
async function readAfterLsn(): Promise<string | null> {
  const own = currentRequestRecord()?.readAfterLsn ?? null;
  let fromCookie: string | null = null;
  try {
    fromCookie = parseLsn((await cookies()).get(READ_AFTER_COOKIE)?.value);
  } catch {
    // Outside a request (a script): no person, no write of theirs.
  }
  return laterLsn(own, fromCookie);
}

/**
 * withTenant for a page's reads: on the replica when the rules allow (lib/db/read-rules.ts), else,
 * or when the replica fails, on the primary. `work` must only read: it may run twice.
 */
export async function withTenantRead<T>(scope: TenantScope, work: (tx: TenantTx) => Promise<T>): Promise<T> {
  const current = router();
  if (!current) return withTenant(scope, work);
  const now = Date.now();
  if (now - current.state.checkedAt > REPLICA_PROBE_EVERY_MS) void measureReplica();
  const record = currentRequestRecord();
  const decision = chooseRead({ now, readAfterLsn: await readAfterLsn(), state: current.state });
  if (decision.target === "replica") {
    try {
      const result = await withTenantOn(current.client, scope, work);
      if (record) record.read = "replica";
      return result;
    } catch (error) {
      if (!isReplicaFailure(error)) throw error;
      current.state = { ...current.state, downUntil: Date.now() + REPLICA_DOWN_MS };
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      console.error(`Read replica failed (${reason}); reads go to the primary for ${REPLICA_DOWN_MS} ms.`);
    }
  }
  const result = await withTenant(scope, work);
  if (record) record.read = "primary";
  return result;
}

/**
 * After a person's successful write: the primary's WAL position now, which the replica must have
 * replayed before this person reads from it, in this request (the action's answer re-renders the
 * page) and the next ones (a cookie). One statement on the primary; nothing without a replica.
 */
export async function noteOwnWrite(): Promise<void> {
  if (!router()) return;
  // The insert position, not the flushed one: it is past this transaction's commit record even
  // with synchronous_commit off.
  // Unknown (the primary did not answer just after it committed): the highest position, so the
  // person reads the primary for as long as the cookie lives. The write itself succeeded.
  const lsn = await db.$queryRaw<{ lsn: string }[]>`select pg_current_wal_insert_lsn()::text as lsn`.then(
    (rows) => parseLsn(rows[0]?.lsn) ?? UNKNOWN_POSITION,
    () => UNKNOWN_POSITION,
  );
  const record = currentRequestRecord();
  if (record) record.readAfterLsn = laterLsn(record.readAfterLsn ?? null, lsn);
  try {
    (await cookies()).set(READ_AFTER_COOKIE, lsn, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: READ_AFTER_MAX_AGE_S,
      secure: authUrl(getEnv()).startsWith("https://"),
    });
  } catch {
    // Outside a request (a script, a test): there is no next request to remember it for.
  }
}

/** For tests: forget the measurement and the breaker. */
export function resetReadRouting(): void {
  delete globalForRouter.evneReadRouter;
}
