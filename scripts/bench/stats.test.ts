import { describe, expect, it } from "vitest";
import { formatResults, measure, median } from "./stats";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe("measure", () => {
  it("interleaves item and floor, skips warm-up rounds and reports medians and their ratio", async () => {
    // A fake clock: each call to run() costs 6 ms, floor() 2 ms, except one slow outlier run.
    let now = 0;
    const order: string[] = [];
    let runs = 0;
    const results = await measure(
      [
        {
          name: "thing",
          target: 3,
          run: async () => {
            order.push("run");
            runs += 1;
            now += runs === 4 ? 100 : 6;
          },
          floor: async () => {
            order.push("floor");
            now += 2;
          },
        },
      ],
      { runs: 5, warmup: 1, clock: () => now },
    );
    expect(order.slice(0, 4)).toEqual(["run", "floor", "floor", "run"]);
    expect(order).toHaveLength(12);
    expect(results).toEqual([{ name: "thing", ms: 6, floor_ms: 2, ratio: 3, target: 3 }]);
  });
});

describe("formatResults", () => {
  it("marks each item met or missed against its target", () => {
    const table = formatResults(
      [
        { name: "fast", ms: 2, floor_ms: 1, ratio: 2, target: 3 },
        { name: "slow", ms: 9, floor_ms: 1, ratio: 9, target: 2 },
        { name: "busy", ms: 80, floor_ms: 40, ratio: 2, target: 1.6, atLeast: true },
        { name: "idle", ms: 40, floor_ms: 40, ratio: 1, target: 1.6, atLeast: true },
      ],
      { slow: "why" },
    );
    expect(table).toMatch(/fast\s+2\.00\s+1\.00\s+2\.00\s+≤ 3\s+met/);
    expect(table).toMatch(/slow\s+9\.00\s+1\.00\s+9\.00\s+≤ 2\s+MISSED\s+why/);
    // Throughput items: answers per second, and the ratio must reach the target.
    expect(table).toMatch(/busy\s+80\.0\/s\s+40\.0\/s\s+2\.00\s+≥ 1\.6\s+met/);
    expect(table).toMatch(/idle\s+40\.0\/s\s+40\.0\/s\s+1\.00\s+≥ 1\.6\s+MISSED/);
  });
});

describe("measure with an item that takes fewer rounds", () => {
  it("runs it only its own number of times, in the last rounds", async () => {
    let now = 0;
    const calls = { quick: 0, slow: 0 };
    const item = (name: "quick" | "slow", cost: number, runs?: number, warmup?: number) => ({
      name,
      target: 10,
      runs,
      warmup,
      run: async () => {
        calls[name] += 1;
        now += cost;
      },
      floor: async () => {
        now += 1;
      },
    });
    const results = await measure([item("quick", 2), item("slow", 50, 2, 1)], {
      runs: 5,
      warmup: 2,
      clock: () => now,
    });
    expect(calls).toEqual({ quick: 7, slow: 3 });
    expect(results.map((result) => [result.name, result.ms])).toEqual([
      ["quick", 2],
      ["slow", 50],
    ]);
  });
});
