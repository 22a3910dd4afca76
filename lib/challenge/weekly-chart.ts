import { addDays, isoWeekNumber, isoWeekStart } from "./challenge-dates";

export type WeekPoint = {
  /** Monday of the week. */
  weekStart: string;
  week: number;
  /** "No"s dated in this week. */
  nos: number;
  /** "No"s from the first week shown up to and including this one. */
  cumulative: number;
};

/** The chart never draws more weeks than this: the newest ones are kept. */
export const MAX_CHART_WEEKS = 104;

/**
 * Cumulative "no"s per ISO week from `from` to `to` (both dates, inclusive), for the chart and its
 * table. Attempts outside the range are left out; weeks without a "no" are kept (flat line).
 */
export function weeklyNoSeries(
  attempts: readonly { occurredOn: string; outcome: string }[],
  from: string,
  to: string,
): WeekPoint[] {
  if (to < from) return [];
  const first = isoWeekStart(from);
  const last = isoWeekStart(to);
  const perWeek = new Map<string, number>();
  for (const attempt of attempts) {
    if (attempt.outcome !== "no" || attempt.occurredOn < from || attempt.occurredOn > to) continue;
    const week = isoWeekStart(attempt.occurredOn);
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
  }
  const points: WeekPoint[] = [];
  let cumulative = 0;
  for (let week = first; week <= last; week = addDays(week, 7)) {
    const nos = perWeek.get(week) ?? 0;
    cumulative += nos;
    points.push({ weekStart: week, week: isoWeekNumber(week), nos, cumulative });
  }
  return points.slice(-MAX_CHART_WEEKS);
}
