import { describe, expect, it } from "vitest";
import { groupHelpRequests, needsAttention, summarizeTeam } from "./team-summary";
import { trendChange } from "./trend-change";

const due = new Date("2026-11-01T00:00:00Z");
const row = (
  membershipId: string,
  programId: string,
  done: Partial<{ complete: boolean; started: boolean; overdue: boolean }>,
) => ({
  membershipId,
  name: membershipId.toUpperCase(),
  programId,
  percent: done.complete ? 100 : done.started ? 40 : 0,
  complete: done.complete ?? false,
  started: done.started ?? done.complete ?? false,
  overdue: done.overdue ?? false,
  dueDate: due,
});

describe("summarizeTeam", () => {
  it("counts people, not rows: complete in every program, overdue in any, else started in none", () => {
    const rows = [
      row("a", "p1", { complete: true }),
      row("a", "p2", { complete: true }),
      row("b", "p1", { complete: true }),
      row("b", "p2", { started: true, overdue: true }),
      row("c", "p1", { overdue: true }),
      row("c", "p2", {}),
      row("d", "p1", {}),
    ];
    const help = [{ handledAt: null }, { handledAt: new Date() }, { handledAt: null }];
    expect(summarizeTeam({ learners: 4, rows, helpRequests: help })).toEqual({
      learners: 4,
      withPrograms: 4,
      completed: 1,
      overdue: 2,
      notStarted: 1,
      openHelpRequests: 2,
    });
  });
});

describe("needsAttention", () => {
  it("lists overdue rows first by due date, then rows not started and not overdue, by name", () => {
    const early = { ...row("z", "p1", { overdue: true }), dueDate: new Date("2026-10-01T00:00:00Z") };
    const items = needsAttention([
      row("b", "p1", {}),
      row("a", "p1", { overdue: true }),
      early,
      row("c", "p1", { complete: true }),
    ]);
    expect(items.map((item) => [item.kind, item.membershipId])).toEqual([
      ["overdue", "z"],
      ["overdue", "a"],
      ["notStarted", "b"],
    ]);
  });
});

describe("groupHelpRequests", () => {
  const text = { nb: "Utsagn", en: "Statement", nl: "Uitspraak" };
  const request = (id: string, statementId: string, createdAt: string, handledAt: string | null = null) => ({
    id,
    membershipId: id,
    name: id,
    email: `${id}@example.test`,
    statementId,
    statementText: text,
    programTitle: text,
    createdAt: new Date(createdAt),
    handledAt: handledAt ? new Date(handledAt) : null,
  });
  it("puts the statements most people wait for help with first, open oldest first, handled newest first", () => {
    const groups = groupHelpRequests([
      request("1", "s1", "2026-11-03"),
      request("2", "s2", "2026-11-02"),
      request("3", "s2", "2026-11-01"),
      request("4", "s1", "2026-10-01", "2026-11-01"),
      request("5", "s1", "2026-10-02", "2026-11-02"),
    ]);
    expect(
      groups.map((group) => [group.statementId, group.open.map((r) => r.id), group.handled.map((r) => r.id)]),
    ).toEqual([
      ["s2", ["3", "2"], []],
      ["s1", ["1"], ["5", "4"]],
    ]);
  });
});

describe("trendChange", () => {
  const shown = (counts: [number, number, number, number], asOf: string) => ({
    shown: true as const,
    counts,
    total: counts.reduce((sum, count) => sum + count, 0),
    asOf: new Date(asOf),
  });
  it("compares with the earliest month that had an earlier figure, skipping months without one", () => {
    const current = shown([1, 2, 3, 3], "2026-12-01");
    const trend = [
      {
        month: "2026-07-01",
        byStatement: new Map([["s", { shown: false as const, reason: "notYet" as const }]]),
      },
      { month: "2026-09-01", byStatement: new Map([["s", shown([3, 3, 2, 1], "2026-09-20")]]) },
      { month: "2026-12-01", byStatement: new Map([["s", current]]) },
    ];
    expect(trendChange(trend, "s", current)).toEqual({ fromMonth: "2026-09-01", from: 33, to: 67 });
    expect(trendChange(trend.slice(2), "s", current)).toBeNull();
    expect(trendChange(trend, "s", { shown: false, reason: "notYet" })).toBeNull();
  });
});
