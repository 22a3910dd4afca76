// What managers and HR see of when someone was active or finished: the day (UTC), never the time
// (ADR 014). A time next to a figure published at night would tell whose rating it holds.
export function activityDay(at: Date | null): Date | null {
  return at ? new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())) : null;
}
