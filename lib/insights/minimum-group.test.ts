import { describe, expect, it } from "vitest";
import { applyMinimumGroup, effectiveMinimumGroupSize, levelPercentages } from "./minimum-group";

describe("the k rule", () => {
  it("never goes below 3, whatever is stored", () => {
    expect(effectiveMinimumGroupSize(0)).toBe(3);
    expect(effectiveMinimumGroupSize(2)).toBe(3);
    expect(effectiveMinimumGroupSize(3)).toBe(3);
    expect(effectiveMinimumGroupSize(7)).toBe(7);
  });

  const asOf = new Date("2026-12-01T00:00:00Z");
  const hidden = { shown: false, reason: "notYet" };

  it("hides k − 1 answers without any number, and shows k", () => {
    expect(applyMinimumGroup([1, 1, 0, 0], 3, asOf)).toEqual(hidden);
    expect(applyMinimumGroup([1, 1, 0, 1], 3, asOf)).toEqual({
      shown: true,
      counts: [1, 1, 0, 1],
      total: 3,
      asOf,
    });
    expect(applyMinimumGroup([2, 1, 1, 0], 5, asOf)).toEqual(hidden);
    expect(applyMinimumGroup([2, 1, 1, 1], 5, asOf)).toEqual({
      shown: true,
      counts: [2, 1, 1, 1],
      total: 5,
      asOf,
    });
  });

  it("applies the floor of 3 even when k is set lower", () => {
    expect(applyMinimumGroup([0, 2, 0, 0], 1, asOf)).toEqual(hidden);
  });

  it("hides nothing-answered as well, without numbers", () => {
    expect(Object.keys(applyMinimumGroup([0, 0, 0, 0], 3, asOf)).sort()).toEqual(["reason", "shown"]);
  });
});

describe("level percentages", () => {
  it("add up to 100", () => {
    expect(levelPercentages([1, 1, 1, 0])).toEqual([34, 33, 33, 0]);
    expect(levelPercentages([0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
    expect(levelPercentages([1, 0, 0, 3])).toEqual([25, 0, 0, 75]);
  });
});
