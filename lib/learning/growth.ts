// The program's growth chart: how many statements sit at each level over time. Pure: it replays
// the learner's rating history, so it is tested without a database.
import { levels, type Level } from "./levels";

export type DatedRating = { statementId: string; level: Level; createdAt: Date };

export type LevelSnapshot = {
  /** The day (UTC, YYYY-MM-DD) at whose end the counts hold. */
  day: string;
  /** Level → statements whose newest rating by the end of that day has that level. */
  counts: Record<Level, number>;
  /** Statements not rated by then. */
  unrated: number;
};

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One snapshot per day on which the learner rated something: for each level, the number of
 * statements (of `statementIds`) whose newest rating by the end of that day had that level.
 */
export function levelsOverTime(
  statementIds: readonly string[],
  ratings: readonly DatedRating[],
): LevelSnapshot[] {
  const wanted = new Set(statementIds);
  const sorted = ratings
    .filter((rating) => wanted.has(rating.statementId))
    .toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const current = new Map<string, Level>();
  const snapshots: LevelSnapshot[] = [];
  sorted.forEach((rating, index) => {
    current.set(rating.statementId, rating.level);
    const day = dayOf(rating.createdAt);
    const next = sorted[index + 1];
    if (next && dayOf(next.createdAt) === day) return;
    const counts = Object.fromEntries(levels.map((level) => [level, 0])) as Record<Level, number>;
    for (const level of current.values()) counts[level] += 1;
    snapshots.push({ day, counts, unrated: wanted.size - current.size });
  });
  return snapshots;
}

/** Per statement: the first rating and the newest one (the same when rated once). */
export function firstAndCurrent(
  ratings: readonly DatedRating[],
): Map<string, { first: DatedRating; current: DatedRating }> {
  const result = new Map<string, { first: DatedRating; current: DatedRating }>();
  const sorted = ratings.toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const rating of sorted) {
    const entry = result.get(rating.statementId);
    result.set(
      rating.statementId,
      entry ? { first: entry.first, current: rating } : { first: rating, current: rating },
    );
  }
  return result;
}
