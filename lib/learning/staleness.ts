// A current rating older than the organization's refresh interval is "stale": the learner sees a
// gentle "rate again". Pure, with the clock passed in, so "a month later" is a test argument.

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a rating made at `ratedAt` is due again (and a second one can show growth). */
export function rateAgainFrom(ratedAt: Date, refreshDays: number): Date {
  return new Date(ratedAt.getTime() + refreshDays * DAY_MS);
}

export function isRatingStale(ratedAt: Date, refreshDays: number, now: Date = new Date()): boolean {
  return now.getTime() > rateAgainFrom(ratedAt, refreshDays).getTime();
}
