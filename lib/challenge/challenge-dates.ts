// Calendar dates of the challenge as ISO strings ("2026-11-22"). Attempts and goals are dates, not
// moments (Postgres `date`), so all arithmetic is on UTC midnights and never shifts by a time zone.

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The time zone whose calendar decides "today" (the organizations are Norwegian first). */
export const CHALLENGE_TIME_ZONE = "Europe/Oslo";

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date in `timeZone` at the moment `now`. */
export function todayIso(now: Date = new Date(), timeZone = CHALLENGE_TIME_ZONE): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** A `date` column's value (UTC midnight) as an ISO date. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An ISO date as the UTC midnight Prisma writes to a `date` column. */
export function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(fromIsoDate(iso).getTime() + days * DAY_MS));
}

/** The same day one year later (29 February becomes 1 March). */
export function addOneYear(iso: string): string {
  const date = fromIsoDate(iso);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return toIsoDate(date);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((fromIsoDate(to).getTime() - fromIsoDate(from).getTime()) / DAY_MS);
}

/** The Monday that starts the ISO week of `iso`. */
export function isoWeekStart(iso: string): string {
  const weekday = fromIsoDate(iso).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((weekday + 6) % 7));
}

/** ISO 8601 week number (1–53) of `iso`. */
export function isoWeekNumber(iso: string): number {
  // The week belongs to the year of its Thursday.
  const thursday = addDays(isoWeekStart(iso), 3);
  const yearStart = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(yearStart, thursday) / 7) + 1;
}
