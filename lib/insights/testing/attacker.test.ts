// The onlooker's solver itself: it must recover a level wherever the raw figures give one away,
// or the privacy attack suite (privacy-attacks.int.test.ts) would prove nothing.
import { describe, expect, it } from "vitest";
import { possibleLevels } from "./attacker";

describe("the onlooker's solver", () => {
  it("recovers a newcomer's level from a before/after pair of live figures", () => {
    const before = { unknowns: ["a", "b", "c", "d", "e"], counts: [0, 1, 3, 1] };
    const after = { unknowns: ["a", "b", "c", "d", "e", "t"], counts: [1, 1, 3, 1] };
    expect(possibleLevels({ observations: [before, after] }, "t")).toEqual(new Set([1]));
    expect(possibleLevels({ observations: [before] }, "t")).toEqual(new Set([1, 2, 3, 4]));
  });

  it("recovers everyone's level from a figure where all answered alike", () => {
    const figure = { unknowns: ["a", "b", "c", "d", "t"], counts: [0, 0, 5, 0] };
    expect(possibleLevels({ observations: [figure] }, "t")).toEqual(new Set([3]));
  });

  it("recovers a level by subtracting overlapping groups", () => {
    const a = { unknowns: ["t", "x", "y", "z"], counts: [1, 1, 1, 1] };
    const b = { unknowns: ["x", "y", "z"], counts: [0, 1, 1, 1] };
    expect(possibleLevels({ observations: [a, b] }, "t")).toEqual(new Set([1]));
    expect(possibleLevels({ observations: [a] }, "t")).toEqual(new Set([1, 2, 3, 4]));
  });

  it("uses shared ratings and known-alike sets", () => {
    const figure = { unknowns: ["s", "x", "y"], counts: [1, 2, 0, 0] };
    expect(possibleLevels({ observations: [figure], known: new Map([["s", 1]]) }, "x")).toEqual(new Set([2]));
    const batch = { unknowns: ["t", "u", "v", "w"], counts: [3, 1, 0, 0] };
    expect(possibleLevels({ observations: [batch] }, "t")).toEqual(new Set([1, 2]));
    expect(possibleLevels({ observations: [batch], alike: [["t", "u", "v"]] }, "t")).toEqual(new Set([1]));
  });
});
