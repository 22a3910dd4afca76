import { addDays, isoWeekStart } from "./challenge-dates";

export type WeeklyStreak = {
  /** Consecutive ISO weeks with at least one attempt, up to this week (or last week, while this one is still open). */
  current: number;
  /** The longest such run ever. */
  longest: number;
  /** Whether this week already has an attempt (otherwise the current streak is still to be kept). */
  thisWeekDone: boolean;
};

/**
 * The weekly streak of a log: a week counts when it has at least one attempt, whatever the
 * outcome. A week without an attempt yet does not break the streak until it is over. `today` is
 * injectable so the rule can be tested at any date.
 */
export function weeklyStreak(attemptDates: readonly string[], today: string): WeeklyStreak {
  const weeks = new Set(attemptDates.filter((date) => date <= today).map(isoWeekStart));
  const thisWeek = isoWeekStart(today);
  const thisWeekDone = weeks.has(thisWeek);

  let current = 0;
  for (let week = thisWeekDone ? thisWeek : addDays(thisWeek, -7); weeks.has(week); week = addDays(week, -7))
    current += 1;

  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const week of [...weeks].sort()) {
    run = previous !== null && addDays(previous, 7) === week ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = week;
  }
  return { current, longest, thisWeekDone };
}
