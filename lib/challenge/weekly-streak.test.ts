import { describe, expect, it } from "vitest";
import { weeklyStreak } from "./weekly-streak";

// 2026-11-16 and 2026-11-23 are Mondays; 2026-11-22 is a Sunday.
describe("weeklyStreak", () => {
  it("is zero without attempts", () => {
    expect(weeklyStreak([], "2026-11-22")).toEqual({ current: 0, longest: 0, thisWeekDone: false });
  });

  it("counts consecutive ISO weeks up to this week, several attempts in a week counting once", () => {
    const dates = ["2026-11-02", "2026-11-04", "2026-11-09", "2026-11-16", "2026-11-22"];
    expect(weeklyStreak(dates, "2026-11-22")).toEqual({ current: 3, longest: 3, thisWeekDone: true });
  });

  it("keeps the streak while this week is still open, and breaks it once a whole week is missed", () => {
    const dates = ["2026-11-09", "2026-11-16"];
    // Monday of the next week: nothing yet this week, the streak of two still stands.
    expect(weeklyStreak(dates, "2026-11-23")).toMatchObject({ current: 2, thisWeekDone: false });
    // A week later the week of 23 November went by without an attempt.
    expect(weeklyStreak(dates, "2026-11-30")).toMatchObject({ current: 0, longest: 2 });
  });

  it("runs across a year end by ISO weeks (Sunday 2027-01-03 and Monday 2027-01-04 are different weeks)", () => {
    const dates = ["2026-12-28", "2027-01-03", "2027-01-04"];
    expect(weeklyStreak(dates, "2027-01-05")).toEqual({ current: 2, longest: 2, thisWeekDone: true });
  });

  it("remembers the longest run after a gap, and ignores attempts dated in the future", () => {
    const dates = ["2026-10-05", "2026-10-12", "2026-10-19", "2026-11-16", "2026-11-22", "2026-12-01"];
    expect(weeklyStreak(dates, "2026-11-22")).toEqual({ current: 1, longest: 3, thisWeekDone: true });
  });
});
