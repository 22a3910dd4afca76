// Where a page's read goes when a read replica is configured (ADR 036): the rules alone, without
// databases or requests, so that they can be tested as a table. lib/db/read-routing.ts applies them.
import { isAppError } from "@/lib/errors/app-error";

/** A replica further behind than this is not read from. */
export const MAX_REPLICA_LAG_MS = 5_000;
/** A replica read that failed keeps reads on the primary this long (the circuit breaker). */
export const REPLICA_DOWN_MS = 5_000;
/** The replica's state is measured again when it is older than this (by a read that does not wait for it). */
export const REPLICA_PROBE_EVERY_MS = 1_000;
/** A measurement older than this is not trusted (probes stopped answering). */
export const REPLICA_STATE_STALE_MS = 10_000;
/** The cookie that carries the primary's WAL position after a person's last write ("0/1A2B3C4"). */
export const READ_AFTER_COOKIE = "evne_read_after";
/** How long that cookie lives: far longer than the replica may lag (beyond MAX_REPLICA_LAG_MS it is not read). */
export const READ_AFTER_MAX_AGE_S = 60;

export type ReplicaState = {
  /** When the last measurement finished (0: never). */
  checkedAt: number;
  /** The replica answered as a standby that streams from the primary. */
  ok: boolean;
  /** How far its replay is behind what it received; null when it did not answer. */
  lagMs: number | null;
  /** The WAL position it had replayed up to (pg_last_wal_replay_lsn()); null when unknown. */
  replayLsn: string | null;
  /** The circuit breaker: until then the replica is not asked (0: closed). */
  downUntil: number;
};

export const UNKNOWN_REPLICA: ReplicaState = {
  checkedAt: 0,
  ok: false,
  lagMs: null,
  replayLsn: null,
  downUntil: 0,
};

export type ReadDecision =
  | { target: "replica" }
  | {
      target: "primary";
      reason: "own-write" | "replica-down" | "replica-lagging" | "replica-unknown";
    };

/**
 * The replica unless it has not replayed the person's own last write yet, or it is down, behind or
 * not measured. The replay position compared is the last measured one: older than the replica's
 * real position, so the rule errs towards the primary, never towards a read without the write.
 */
export function chooseRead(options: {
  now: number;
  /** The primary's WAL position after the person's last write (the cookie, or this request's write); null: none. */
  readAfterLsn: string | null;
  state: ReplicaState;
}): ReadDecision {
  const { now, readAfterLsn, state } = options;
  if (readAfterLsn !== null && (state.replayLsn === null || lsnBefore(state.replayLsn, readAfterLsn)))
    return { target: "primary", reason: "own-write" };
  if (state.downUntil > now) return { target: "primary", reason: "replica-down" };
  if (state.checkedAt === 0 || now - state.checkedAt > REPLICA_STATE_STALE_MS)
    return { target: "primary", reason: "replica-unknown" };
  if (!state.ok || state.lagMs === null) return { target: "primary", reason: "replica-down" };
  if (state.lagMs > MAX_REPLICA_LAG_MS) return { target: "primary", reason: "replica-lagging" };
  return { target: "replica" };
}

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

/**
 * A WAL position as Postgres writes it ("16/B374D848"), or null. The cookie is not signed: a forged
 * value only sends that person's reads to the primary, and not for longer than the cookie lives.
 */
export function parseLsn(value: string | undefined | null): string | null {
  return value && LSN.test(value) ? value.toUpperCase() : null;
}

function lsnValue(lsn: string): bigint {
  const [, high, low] = LSN.exec(lsn)!;
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** Whether WAL position `a` comes before `b`. */
export function lsnBefore(a: string, b: string): boolean {
  return lsnValue(a) < lsnValue(b);
}

/** The later of two positions (either may be null). */
export function laterLsn(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return lsnBefore(a, b) ? b : a;
}

/**
 * Whether an error of a read on the replica may be the replica's fault (then the read is run again
 * on the primary): anything but an AppError (NOT_FOUND is an answer, not a failure) and Next's
 * notFound()/redirect() signals (they carry a digest). Prisma's errors, and the driver's own when
 * the replica went away mid-transaction ("Client has encountered a connection error"), are
 * among them; a bug would fail the same way on the primary, so running it twice costs little.
 */
export function isReplicaFailure(error: unknown): boolean {
  if (isAppError(error)) return false;
  if (
    error !== null &&
    typeof error === "object" &&
    typeof (error as { digest?: unknown }).digest === "string"
  )
    return false;
  return true;
}
