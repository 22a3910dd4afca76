// The learner's "due this week" notice on My programs, pure so that it is tested with any clock.
// A due date is a day (Postgres `date`, read as UTC midnight), and "today" is the day in
// Europe/Oslo at `now`, as everywhere in the app; days are counted between those two calendar days.
import { daysBetween, todayIso, toIsoDate } from "@/lib/challenge/challenge-dates";

/** A due date this many days ahead or fewer (today included) counts as "this week". */
export const DUE_SOON_DAYS = 7;

export type DueProgram = { dueDate: Date | null; progress: { complete: boolean } };

export type DueSoonItem<P extends DueProgram> = {
  program: P;
  /** The due date as an ISO date ("2026-12-11"). */
  dueDate: string;
  /** Whole days from today to the due date: 0 today, 1 tomorrow, negative once it has passed. */
  daysLeft: number;
  /** The due date has passed: overdue from the day after it. */
  overdue: boolean;
};

/**
 * The programs not yet completed whose due date is at most DUE_SOON_DAYS ahead or has passed, the
 * most urgent first (the longest overdue, then the soonest due). Empty when nothing is due soon.
 */
export function dueSoon<P extends DueProgram>(programs: readonly P[], now: Date): DueSoonItem<P>[] {
  const today = todayIso(now);
  const items: DueSoonItem<P>[] = [];
  for (const program of programs) {
    if (program.dueDate === null || program.progress.complete) continue;
    const dueDate = toIsoDate(program.dueDate);
    const daysLeft = daysBetween(today, dueDate);
    if (daysLeft > DUE_SOON_DAYS) continue;
    items.push({ program, dueDate, daysLeft, overdue: daysLeft < 0 });
  }
  // A stable sort: programs due the same day keep the page's order.
  return items.sort((a, b) => a.daysLeft - b.daysLeft);
}
