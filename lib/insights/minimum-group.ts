// The k rule (docs/product.md, "Privacy"): a distribution of ratings is shown only where at least
// k people answered; below that nothing is shown, not even how many answered, so that nobody can
// infer the hidden answers. Distributions come from published snapshots (ADR 014), which add the
// rules against comparison. No "server-only": pure, shared with tests.

/** The four self-assessment levels, 1 New to me … 4 Second nature. */
export const levels = [1, 2, 3, 4] as const;
export type Level = (typeof levels)[number];

/** Never below 3, whatever an organization stored. */
export const MINIMUM_GROUP_FLOOR = 3;
export const MINIMUM_GROUP_CEILING = 50;

export function effectiveMinimumGroupSize(stored: number): number {
  return Math.max(MINIMUM_GROUP_FLOOR, Math.trunc(stored));
}

/** Counts per level, index 0 = level 1. */
export type LevelCounts = readonly [number, number, number, number];

/**
 * Why figures are hidden, as told on the page: "notYet" (no figures the privacy rules allow yet:
 * too few people, answers too alike, too few changes, or too close to another group) or "settling"
 * (the team's membership changed lately and it has no earlier figures).
 */
export type HiddenReason = "notYet" | "settling";

export type Distribution =
  /** `asOf`: the snapshot's cutoff (ratings made before it count). */
  | { shown: true; counts: LevelCounts; total: number; asOf: Date }
  /** Deliberately carries no numbers at all. */
  | { shown: false; reason: HiddenReason };

/**
 * A published snapshot's counts when at least k people answered (k as set now: raising k hides
 * figures at once), otherwise nothing.
 */
export function applyMinimumGroup(counts: LevelCounts, k: number, asOf: Date): Distribution {
  const total = counts[0] + counts[1] + counts[2] + counts[3];
  if (total < effectiveMinimumGroupSize(k) || total === 0) return { shown: false, reason: "notYet" };
  return { shown: true, counts: [...counts] as unknown as LevelCounts, total, asOf };
}

/** Whole percentages of each level that add up to 100 (largest remainder), for labels. */
export function levelPercentages(counts: LevelCounts): [number, number, number, number] {
  const total = counts[0] + counts[1] + counts[2] + counts[3];
  if (total === 0) return [0, 0, 0, 0];
  const exact = counts.map((count) => (count / total) * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return floors as [number, number, number, number];
}
