import { describe, expect, it } from "vitest";
import { dueSoon, type DueProgram } from "./due-soon";

// Tuesday 8 December 2026, 10:00 in Oslo (CET, UTC+1).
const now = new Date("2026-12-08T09:00:00Z");

type Program = DueProgram & { id: string };
const program = (id: string, due: string | null, complete = false): Program => ({
  id,
  dueDate: due === null ? null : new Date(`${due}T00:00:00Z`),
  progress: { complete },
});
const shown = (programs: Program[], at = now) =>
  dueSoon(programs, at).map(({ program, dueDate, daysLeft, overdue }) => ({
    id: program.id,
    dueDate,
    daysLeft,
    overdue,
  }));

describe("dueSoon", () => {
  it("shows a program due today, tomorrow and in 7 days, with the days left", () => {
    expect(
      shown([
        program("today", "2026-12-08"),
        program("tomorrow", "2026-12-09"),
        program("week", "2026-12-15"),
      ]),
    ).toEqual([
      { id: "today", dueDate: "2026-12-08", daysLeft: 0, overdue: false },
      { id: "tomorrow", dueDate: "2026-12-09", daysLeft: 1, overdue: false },
      { id: "week", dueDate: "2026-12-15", daysLeft: 7, overdue: false },
    ]);
  });

  it("does not show a program due in 8 days", () => {
    expect(shown([program("later", "2026-12-16")])).toEqual([]);
  });

  it("shows an overdue program from the day after its due date, the longest overdue first", () => {
    expect(
      shown([
        program("soon", "2026-12-11"),
        program("yesterday", "2026-12-07"),
        program("long", "2026-12-04"),
      ]),
    ).toEqual([
      { id: "long", dueDate: "2026-12-04", daysLeft: -4, overdue: true },
      { id: "yesterday", dueDate: "2026-12-07", daysLeft: -1, overdue: true },
      { id: "soon", dueDate: "2026-12-11", daysLeft: 3, overdue: false },
    ]);
  });

  it("shows nothing for a completed program, due soon or overdue", () => {
    expect(shown([program("done", "2026-12-09", true), program("doneLate", "2026-12-01", true)])).toEqual([]);
  });

  it("shows nothing for a program without a due date", () => {
    expect(shown([program("open", null)])).toEqual([]);
  });

  it("counts whole days in Oslo, not in UTC", () => {
    // 00:30 on Wednesday 9 December in Oslo is still Tuesday in UTC: a date due on the 8th is overdue.
    const justAfterMidnight = new Date("2026-12-08T23:30:00Z");
    expect(shown([program("due8", "2026-12-08"), program("due16", "2026-12-16")], justAfterMidnight)).toEqual(
      [
        { id: "due8", dueDate: "2026-12-08", daysLeft: -1, overdue: true },
        { id: "due16", dueDate: "2026-12-16", daysLeft: 7, overdue: false },
      ],
    );
    // 23:59 in Oslo: still the same day, whatever the hour.
    expect(shown([program("due8", "2026-12-08")], new Date("2026-12-08T22:59:00Z"))).toEqual([
      { id: "due8", dueDate: "2026-12-08", daysLeft: 0, overdue: false },
    ]);
  });

  it("counts across a change to summer time and across the new year", () => {
    // Sunday 29 March 2026 has 23 hours in Oslo.
    expect(shown([program("spring", "2026-04-02")], new Date("2026-03-27T10:00:00Z"))).toEqual([
      { id: "spring", dueDate: "2026-04-02", daysLeft: 6, overdue: false },
    ]);
    expect(shown([program("newYear", "2027-01-02")], new Date("2026-12-28T10:00:00Z"))).toEqual([
      { id: "newYear", dueDate: "2027-01-02", daysLeft: 5, overdue: false },
    ]);
  });
});
