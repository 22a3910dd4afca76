import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import {
  chooseRead,
  isReplicaFailure,
  laterLsn,
  lsnBefore,
  MAX_REPLICA_LAG_MS,
  parseLsn,
  REPLICA_STATE_STALE_MS,
  UNKNOWN_REPLICA,
  type ReplicaState,
} from "./read-rules";

const now = 1_800_000_000_000;
const healthy: ReplicaState = { checkedAt: now - 500, ok: true, lagMs: 20, replayLsn: "1/A0", downUntil: 0 };

describe("chooseRead", () => {
  it("reads the replica when it streams, keeps up and has replayed the person's last write", () => {
    expect(chooseRead({ now, readAfterLsn: null, state: healthy })).toEqual({ target: "replica" });
    expect(chooseRead({ now, readAfterLsn: "1/A0", state: healthy })).toEqual({ target: "replica" });
    expect(chooseRead({ now, readAfterLsn: "0/FFFFFFFF", state: healthy })).toEqual({ target: "replica" });
  });

  it("reads the primary while the replica has not replayed the person's own write", () => {
    for (const state of [healthy, { ...healthy, replayLsn: null }])
      expect(chooseRead({ now, readAfterLsn: "1/A1", state })).toEqual({
        target: "primary",
        reason: "own-write",
      });
  });

  it("reads the primary while the breaker is open, the replica is down, behind or not measured", () => {
    const cases: [ReplicaState, string][] = [
      [{ ...healthy, downUntil: now + 1_000 }, "replica-down"],
      [{ ...healthy, ok: false, lagMs: null }, "replica-down"],
      [UNKNOWN_REPLICA, "replica-unknown"],
      [{ ...healthy, checkedAt: now - REPLICA_STATE_STALE_MS - 1 }, "replica-unknown"],
      [{ ...healthy, lagMs: MAX_REPLICA_LAG_MS + 1 }, "replica-lagging"],
    ];
    for (const [state, reason] of cases)
      expect(chooseRead({ now, readAfterLsn: null, state })).toEqual({ target: "primary", reason });
    expect(chooseRead({ now, readAfterLsn: null, state: { ...healthy, lagMs: MAX_REPLICA_LAG_MS } })).toEqual(
      { target: "replica" },
    );
  });
});

describe("WAL positions", () => {
  it("parses what Postgres writes and nothing else", () => {
    expect(parseLsn("16/b374d848")).toBe("16/B374D848");
    for (const value of [undefined, null, "", "16", "16/", "x/1", "1/2/3", "123456789/0", "0/1; path=/"])
      expect(parseLsn(value)).toBeNull();
  });

  it("compares by the high part first, then the low part, as numbers", () => {
    expect(lsnBefore("0/FFFFFFFF", "1/0")).toBe(true);
    expect(lsnBefore("1/A", "1/9")).toBe(false);
    expect(lsnBefore("1/9", "1/10")).toBe(true);
    expect(lsnBefore("2/0", "2/0")).toBe(false);
    expect(laterLsn(null, "1/0")).toBe("1/0");
    expect(laterLsn("3/0", "1/FF")).toBe("3/0");
  });
});

describe("isReplicaFailure", () => {
  it("is true for database and driver errors, not for AppErrors or Next's signals", () => {
    const named = (name: string) => Object.assign(new Error("x"), { name });
    expect(isReplicaFailure(named("PrismaClientKnownRequestError"))).toBe(true);
    expect(isReplicaFailure(named("DriverAdapterError"))).toBe(true);
    expect(
      isReplicaFailure(new Error("Client has encountered a connection error and is not queryable")),
    ).toBe(true);
    expect(isReplicaFailure(AppError.notFound())).toBe(false);
    expect(
      isReplicaFailure(
        Object.assign(new Error("NEXT_NOT_FOUND"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" }),
      ),
    ).toBe(false);
  });
});
