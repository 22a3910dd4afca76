import { describe, expect, it } from "vitest";
import { goalProgress } from "./goal-progress";

const goal = { target: 100, noCount: 23, startsOn: "2026-01-01", endsOn: "2026-12-31" };

describe("goalProgress", () => {
  it("gives the count against the target, in whole percent, and the days left today included", () => {
    expect(goalProgress(goal, "2026-12-30")).toEqual({
      count: 23,
      target: 100,
      percent: 23,
      remaining: 77,
      reached: false,
      phase: "active",
      daysLeft: 2,
    });
  });

  it("caps the bar at 100 % but keeps the real count once the goal is passed", () => {
    const passed = goalProgress({ ...goal, target: 10, noCount: 12 }, "2026-06-01");
    expect(passed).toMatchObject({ count: 12, percent: 100, remaining: 0, reached: true });
  });

  it("rounds down, so 99.9 % never shows as done", () => {
    expect(goalProgress({ ...goal, target: 1000, noCount: 999 }, "2026-06-01").percent).toBe(99);
  });

  it("knows a period that has not started and one that has ended", () => {
    expect(goalProgress(goal, "2025-12-31")).toMatchObject({ phase: "upcoming", daysLeft: 365 });
    expect(goalProgress(goal, "2027-01-01")).toMatchObject({ phase: "ended", daysLeft: 0 });
  });
});
