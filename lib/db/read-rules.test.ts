import { describe, expect, it } from "vitest";
import {
  chooseRead,
  isDatabaseFailure,
  MAX_REPLICA_LAG_MS,
  parsePrimaryUntil,
  PRIMARY_WINDOW_MS,
  REPLICA_STATE_STALE_MS,
  UNKNOWN_REPLICA,
  type ReplicaState,
} from "./read-rules";

const now = 1_800_000_000_000;
const healthy: ReplicaState = { checkedAt: now - 500, ok: true, lagMs: 20, downUntil: 0 };

describe("chooseRead", () => {
  it("reads the replica when it streams, keeps up and the person wrote nothing lately", () => {
    expect(chooseRead({ now, primaryUntil: 0, state: healthy })).toEqual({ target: "replica" });
    expect(chooseRead({ now, primaryUntil: now - 1, state: healthy })).toEqual({ target: "replica" });
  });

  it("reads the primary within the person's window after their own write", () => {
    expect(chooseRead({ now, primaryUntil: now + 1, state: healthy })).toEqual({
      target: "primary",
      reason: "own-write",
    });
  });

  it("reads the primary while the breaker is open, the replica is down or not measured", () => {
    const cases: [ReplicaState, string][] = [
      [{ ...healthy, downUntil: now + 1_000 }, "replica-down"],
      [{ ...healthy, ok: false, lagMs: null }, "replica-down"],
      [UNKNOWN_REPLICA, "replica-unknown"],
      [{ ...healthy, checkedAt: now - REPLICA_STATE_STALE_MS - 1 }, "replica-unknown"],
      [{ ...healthy, lagMs: MAX_REPLICA_LAG_MS + 1 }, "replica-lagging"],
    ];
    for (const [state, reason] of cases)
      expect(chooseRead({ now, primaryUntil: 0, state })).toEqual({ target: "primary", reason });
    expect(chooseRead({ now, primaryUntil: 0, state: { ...healthy, lagMs: MAX_REPLICA_LAG_MS } })).toEqual({
      target: "replica",
    });
  });
});

describe("parsePrimaryUntil", () => {
  it("reads a time in milliseconds and caps it at one window from now", () => {
    expect(parsePrimaryUntil(String(now + 3_000), now)).toBe(now + 3_000);
    expect(parsePrimaryUntil(String(now + 10 * PRIMARY_WINDOW_MS), now)).toBe(now + PRIMARY_WINDOW_MS);
  });

  it("ignores anything else", () => {
    for (const value of [undefined, "", "soon", "-5", "1e20", "12.5", "9".repeat(30)])
      expect(parsePrimaryUntil(value, now)).toBe(0);
  });
});

describe("isDatabaseFailure", () => {
  it("is true for Prisma and driver errors only", () => {
    const named = (name: string) => Object.assign(new Error("x"), { name });
    expect(isDatabaseFailure(named("PrismaClientKnownRequestError"))).toBe(true);
    expect(isDatabaseFailure(named("DriverAdapterError"))).toBe(true);
    expect(isDatabaseFailure(named("AppError"))).toBe(false);
    expect(
      isDatabaseFailure(
        Object.assign(new Error("NEXT_NOT_FOUND"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" }),
      ),
    ).toBe(false);
    expect(isDatabaseFailure("oops")).toBe(false);
  });
});
