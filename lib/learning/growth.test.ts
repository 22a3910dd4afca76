import { describe, expect, it } from "vitest";
import { firstAndCurrent, levelsOverTime, type DatedRating } from "./growth";

const at = (iso: string) => new Date(iso);
const ratings: DatedRating[] = [
  { statementId: "a", level: 1, createdAt: at("2026-01-01T09:00:00Z") },
  { statementId: "b", level: 2, createdAt: at("2026-01-01T10:00:00Z") },
  { statementId: "a", level: 2, createdAt: at("2026-01-01T11:00:00Z") },
  { statementId: "a", level: 4, createdAt: at("2026-02-01T09:00:00Z") },
  { statementId: "hidden", level: 1, createdAt: at("2026-02-01T09:00:00Z") },
];

describe("levelsOverTime", () => {
  it("gives one snapshot per rating day with each statement at its newest level by the end of it", () => {
    expect(levelsOverTime(["a", "b", "c"], ratings)).toEqual([
      { day: "2026-01-01", counts: { 1: 0, 2: 2, 3: 0, 4: 0 }, unrated: 1 },
      { day: "2026-02-01", counts: { 1: 0, 2: 1, 3: 0, 4: 1 }, unrated: 1 },
    ]);
  });

  it("is empty before the first rating", () => {
    expect(levelsOverTime(["a"], [])).toEqual([]);
  });
});

describe("firstAndCurrent", () => {
  it("pairs each statement's first rating with its newest", () => {
    const ends = firstAndCurrent(ratings);
    expect(ends.get("a")?.first.level).toBe(1);
    expect(ends.get("a")?.current.level).toBe(4);
    expect(ends.get("b")?.first).toBe(ends.get("b")?.current);
  });
});
