// Where a page's read goes when a read replica is configured (ADR 036): the rules alone, without
// databases or requests, so that they can be tested as a table. lib/db/read-routing.ts applies them.

/** After a person's own write, their reads go to the primary this long: longer than the lag the replica may have. */
export const PRIMARY_WINDOW_MS = 10_000;
/** A replica further behind than this is not read from. */
export const MAX_REPLICA_LAG_MS = 5_000;
/** A replica read that failed keeps reads on the primary this long (the circuit breaker). */
export const REPLICA_DOWN_MS = 5_000;
/** The replica's state is measured again when it is older than this (by a read that does not wait for it). */
export const REPLICA_PROBE_EVERY_MS = 1_000;
/** A measurement older than this is not trusted (probes stopped answering). */
export const REPLICA_STATE_STALE_MS = 10_000;
/** The cookie that carries the end of a person's primary window (epoch milliseconds). */
export const PRIMARY_UNTIL_COOKIE = "evne_primary_until";

export type ReplicaState = {
  /** When the last measurement finished (0: never). */
  checkedAt: number;
  /** The replica answered as a standby that streams from the primary. */
  ok: boolean;
  /** How far its replay is behind what it received; null when it did not answer. */
  lagMs: number | null;
  /** The circuit breaker: until then the replica is not asked (0: closed). */
  downUntil: number;
};

export const UNKNOWN_REPLICA: ReplicaState = { checkedAt: 0, ok: false, lagMs: null, downUntil: 0 };

export type ReadDecision =
  | { target: "replica" }
  | {
      target: "primary";
      reason: "own-write" | "replica-down" | "replica-lagging" | "replica-unknown";
    };

/** The replica unless the person wrote a moment ago, or it is down, behind or not measured. */
export function chooseRead(options: {
  now: number;
  /** End of the person's primary window (from the cookie or this request's own write); 0: none. */
  primaryUntil: number;
  state: ReplicaState;
}): ReadDecision {
  const { now, primaryUntil, state } = options;
  if (primaryUntil > now) return { target: "primary", reason: "own-write" };
  if (state.downUntil > now) return { target: "primary", reason: "replica-down" };
  if (state.checkedAt === 0 || now - state.checkedAt > REPLICA_STATE_STALE_MS)
    return { target: "primary", reason: "replica-unknown" };
  if (!state.ok || state.lagMs === null) return { target: "primary", reason: "replica-down" };
  if (state.lagMs > MAX_REPLICA_LAG_MS) return { target: "primary", reason: "replica-lagging" };
  return { target: "replica" };
}

/**
 * The cookie's value as the end of a window: a number of milliseconds, at most one window from now
 * (the cookie is not signed: a forged far-future value only sends that person's reads to the
 * primary, and not for longer than a real write would).
 */
export function parsePrimaryUntil(value: string | undefined, now: number): number {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return 0;
  return Math.min(Number(value), now + PRIMARY_WINDOW_MS);
}

/** Whether an error of a read on the replica is the replica's fault (then the read is retried on the primary). */
export function isDatabaseFailure(error: unknown): boolean {
  if (error === null || typeof error !== "object") return false;
  const name = (error as { name?: unknown }).name;
  // Prisma's request, initialization and driver errors: a refused connection, a terminated one, a
  // query cancelled by a recovery conflict on the standby. Not AppErrors (NOT_FOUND is an answer)
  // and not Next's notFound()/redirect() signals.
  return typeof name === "string" && (name.startsWith("PrismaClient") || name === "DriverAdapterError");
}
