// A current rating older than the organization's refresh interval is "stale": the learner sees a
// gentle "rate again". Pure, with the clock passed in, so "a month later" is a test argument.

const DAY_MS = 24 * 60 * 60 * 1000;

export function isRatingStale(ratedAt: Date, refreshDays: number, now: Date = new Date()): boolean {
  return now.getTime() - ratedAt.getTime() > refreshDays * DAY_MS;
}
