import { describe, expect, it } from "vitest";
import { MAX_CHART_WEEKS, weeklyNoSeries } from "./weekly-chart";

describe("weeklyNoSeries", () => {
  it("adds up the no's week by week, counting neither yeses nor attempts outside the range", () => {
    const attempts = [
      { occurredOn: "2026-11-03", outcome: "no" },
      { occurredOn: "2026-11-05", outcome: "no" },
      { occurredOn: "2026-11-06", outcome: "yes" },
      { occurredOn: "2026-11-18", outcome: "no_answer" },
      { occurredOn: "2026-11-20", outcome: "no" },
      { occurredOn: "2026-10-01", outcome: "no" },
    ];
    expect(weeklyNoSeries(attempts, "2026-11-02", "2026-11-22")).toEqual([
      { weekStart: "2026-11-02", week: 45, nos: 2, cumulative: 2 },
      { weekStart: "2026-11-09", week: 46, nos: 0, cumulative: 2 },
      { weekStart: "2026-11-16", week: 47, nos: 1, cumulative: 3 },
    ]);
  });

  it("is empty for a range that ends before it starts, and keeps only the newest weeks of a long one", () => {
    expect(weeklyNoSeries([], "2026-11-22", "2026-11-01")).toEqual([]);
    const long = weeklyNoSeries([], "2020-01-01", "2026-11-22");
    expect(long).toHaveLength(MAX_CHART_WEEKS);
    expect(long.at(-1)?.weekStart).toBe("2026-11-16");
  });
});
