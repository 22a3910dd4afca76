// Timing without fooling ourselves: each item and its floor run interleaved (item, floor, item,
// floor, …) so drift in the machine (other processes, caches, autovacuum) hits both alike, and
// the median of many runs is reported, not the mean a single hiccup would move.

/** The items measured over HTTP against the app server (http-items.ts), not by measure-items.ts. */
export const HTTP_ITEMS = ["processes", "public-pages"] as const;

export type BenchItem = {
  name: string;
  /** What the ratio must stay under. */
  target: number;
  /** One run of the code under test. */
  run: () => Promise<unknown>;
  /** One run of the floor: the least work that gives the same answer (hand-written SQL). */
  floor: () => Promise<unknown>;
  /** Shown in the table, e.g. what the floor is. */
  note?: string;
  /** Fewer timed runs and warm-up rounds than the others, for an item that takes seconds. */
  runs?: number;
  warmup?: number;
};

export type BenchResult = {
  name: string;
  ms: number;
  floor_ms: number;
  ratio: number;
  target: number;
  /**
   * A throughput item (scripts/bench/http-items.ts): `ms` and `floor_ms` hold answers per second
   * and the ratio must reach the target instead of staying under it.
   */
  atLeast?: boolean;
};

/** Whether a result misses its target, in whichever direction the item counts. */
export function missedTarget(result: BenchResult): boolean {
  return result.atLeast ? result.ratio < result.target : result.ratio > result.target;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

async function time(work: () => Promise<unknown>, clock: () => number): Promise<number> {
  const start = clock();
  await work();
  return clock() - start;
}

/**
 * Runs every item `runs` times after `warmup` untimed rounds, interleaving items with their floors
 * and alternating which of the two goes first, and returns medians and ratios.
 */
export async function measure(
  items: readonly BenchItem[],
  options: { runs: number; warmup: number; clock?: () => number },
): Promise<BenchResult[]> {
  const clock = options.clock ?? (() => performance.now());
  const samples = new Map(items.map((item) => [item.name, { ms: [] as number[], floor: [] as number[] }]));
  const rounds = Math.max(
    ...items.map((item) => (item.warmup ?? options.warmup) + (item.runs ?? options.runs)),
  );
  for (let round = 0; round < rounds; round += 1) {
    for (const item of items) {
      // An item with fewer rounds skips the first ones: it still runs interleaved with the rest.
      const itemRounds = (item.warmup ?? options.warmup) + (item.runs ?? options.runs);
      const itemRound = round - (rounds - itemRounds);
      if (itemRound < 0) continue;
      const floorFirst = round % 2 === 1;
      const first = await time(floorFirst ? item.floor : item.run, clock);
      const second = await time(floorFirst ? item.run : item.floor, clock);
      if (itemRound < (item.warmup ?? options.warmup)) continue;
      const sample = samples.get(item.name)!;
      sample.ms.push(floorFirst ? second : first);
      sample.floor.push(floorFirst ? first : second);
    }
  }
  return items.map((item) => {
    const sample = samples.get(item.name)!;
    const ms = median(sample.ms);
    const floorMs = median(sample.floor);
    return {
      name: item.name,
      ms: round(ms, 3),
      floor_ms: round(floorMs, 3),
      ratio: round(ms / Math.max(floorMs, 0.001), 2),
      target: item.target,
    };
  });
}

/** The table printed at the end: one line per item, met or missed. */
export function formatResults(results: readonly BenchResult[], notes: Record<string, string> = {}): string {
  const header = ["item", "ms (median)", "floor ms", "ratio", "target", "", "note"];
  const rows = results.map((result) => [
    result.name,
    result.atLeast ? `${result.ms.toFixed(1)}/s` : result.ms.toFixed(2),
    result.atLeast ? `${result.floor_ms.toFixed(1)}/s` : result.floor_ms.toFixed(2),
    result.ratio.toFixed(2),
    `${result.atLeast ? "≥" : "≤"} ${result.target}`,
    missedTarget(result) ? "MISSED" : "met",
    notes[result.name] ?? "",
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
