import { describe, expect, it } from "vitest";
import {
  applyDashboardQuery,
  dashboardSearch,
  defaultDashboardQuery,
  parseDashboardQuery,
  toggleSort,
} from "./dashboard-query";

const PROGRAM = "0191f1a2-7b3c-7d4e-8f50-123456789abc";
const OTHER = "0191f1a2-7b3c-7d4e-8f50-123456789abd";

describe("parsing the URL", () => {
  it("reads sort, direction and filters", () => {
    expect(
      parseDashboardQuery({ sort: "progress", dir: "desc", program: PROGRAM, overdue: "1", help: "all" }),
    ).toEqual({
      sort: "progress",
      direction: "desc",
      programId: PROGRAM,
      overdueOnly: true,
      allHelp: true,
    });
  });

  it("falls back to the defaults on anything unknown", () => {
    expect(
      parseDashboardQuery({ sort: "salary", dir: "up", program: "1 or 1=1", overdue: "yes", help: "1" }),
    ).toEqual(defaultDashboardQuery);
    expect(parseDashboardQuery({})).toEqual(defaultDashboardQuery);
  });

  it("takes the first of repeated parameters", () => {
    expect(parseDashboardQuery({ sort: ["activity", "name"] }).sort).toBe("activity");
  });

  it("writes back a search string without defaults", () => {
    expect(dashboardSearch(defaultDashboardQuery)).toBe("");
    expect(
      dashboardSearch({
        sort: "activity",
        direction: "desc",
        programId: PROGRAM,
        overdueOnly: true,
        allHelp: true,
      }),
    ).toBe(`?sort=activity&dir=desc&program=${PROGRAM}&overdue=1&help=all`);
  });

  it("flips the direction of the sorted column and starts others ascending", () => {
    const byProgress = toggleSort(defaultDashboardQuery, "progress");
    expect(byProgress).toMatchObject({ sort: "progress", direction: "asc" });
    expect(toggleSort(byProgress, "progress")).toMatchObject({ sort: "progress", direction: "desc" });
    expect(toggleSort({ ...byProgress, direction: "desc" }, "name")).toMatchObject({
      sort: "name",
      direction: "asc",
    });
  });
});

describe("sorting and filtering rows", () => {
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  const rows = [
    { name: "Berit", percent: 50, lastActivityAt: day(3), overdue: false, programId: PROGRAM },
    { name: "Ali", percent: 10, lastActivityAt: null, overdue: true, programId: PROGRAM },
    { name: "Cato", percent: 90, lastActivityAt: day(1), overdue: true, programId: OTHER },
    { name: "Ali", percent: 0, lastActivityAt: null, overdue: true, programId: OTHER },
  ];
  const names = (query: Partial<typeof defaultDashboardQuery>) =>
    applyDashboardQuery(rows, { ...defaultDashboardQuery, ...query }).map(
      (row) => `${row.name}:${row.percent}`,
    );

  it("sorts by name, progress and last activity (never active first), both ways", () => {
    expect(names({})).toEqual(["Ali:10", "Ali:0", "Berit:50", "Cato:90"]);
    expect(names({ sort: "progress" })).toEqual(["Ali:0", "Ali:10", "Berit:50", "Cato:90"]);
    expect(names({ sort: "progress", direction: "desc" })).toEqual([
      "Cato:90",
      "Berit:50",
      "Ali:10",
      "Ali:0",
    ]);
    expect(names({ sort: "activity" })).toEqual(["Ali:10", "Ali:0", "Cato:90", "Berit:50"]);
  });

  it("filters by program and by overdue", () => {
    expect(names({ programId: OTHER })).toEqual(["Ali:0", "Cato:90"]);
    expect(names({ overdueOnly: true })).toEqual(["Ali:10", "Ali:0", "Cato:90"]);
    expect(names({ programId: PROGRAM, overdueOnly: true })).toEqual(["Ali:10"]);
  });
});
