// The team dashboard's sorting and filters live in the URL (?sort=progress&dir=desc&program=…&overdue=1
// &help=all), so they work without JavaScript and can be shared. Anything unknown falls back to the
// default.
import { z } from "zod";

export const sortKeys = ["name", "progress", "activity"] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = "asc" | "desc";

export type DashboardQuery = {
  sort: SortKey;
  direction: SortDirection;
  /**
   * The program the page shows (an id the page checks against the team's programs; null or unknown
   * is the first): one at a time, so the page sends only what it shows (issue 17 item 4, ADR 043).
   */
  programId: string | null;
  overdueOnly: boolean;
  /** Every statement's help requests, not only the first few groups. */
  allHelp: boolean;
};

export const defaultDashboardQuery: DashboardQuery = {
  sort: "name",
  direction: "asc",
  programId: null,
  overdueOnly: false,
  allHelp: false,
};

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseDashboardQuery(params: SearchParams): DashboardQuery {
  const sort = first(params.sort);
  const dir = first(params.dir);
  const program = first(params.program);
  const overdue = first(params.overdue);
  const help = first(params.help);
  const validSort = (sortKeys as readonly string[]).includes(sort ?? "") ? (sort as SortKey) : "name";
  return {
    sort: validSort,
    direction: dir === "asc" || dir === "desc" ? dir : "asc",
    programId: program && z.uuid().safeParse(program).success ? program : null,
    overdueOnly: overdue === "1" || overdue === "on" || overdue === "true",
    allHelp: help === "all",
  };
}

/** The URL search string of a query, leaving out defaults (stable links, short URLs). */
export function dashboardSearch(query: DashboardQuery): string {
  const params = new URLSearchParams();
  if (query.sort !== "name") params.set("sort", query.sort);
  if (query.direction !== "asc") params.set("dir", query.direction);
  if (query.programId) params.set("program", query.programId);
  if (query.overdueOnly) params.set("overdue", "1");
  if (query.allHelp) params.set("help", "all");
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The query after clicking a column header: the same column flips direction, another starts ascending. */
export function toggleSort(query: DashboardQuery, sort: SortKey): DashboardQuery {
  const direction: SortDirection = query.sort === sort && query.direction === "asc" ? "desc" : "asc";
  return { ...query, sort, direction };
}

export type SortableRow = {
  name: string;
  percent: number;
  lastActivityAt: Date | null;
  overdue: boolean;
  programId: string;
};

/** Filters then sorts; ties fall back to the name so the order is stable. */
export function applyDashboardQuery<Row extends SortableRow>(
  rows: readonly Row[],
  query: DashboardQuery,
): Row[] {
  const byName = (a: Row, b: Row) => a.name.localeCompare(b.name, "nb");
  const compare: Record<SortKey, (a: Row, b: Row) => number> = {
    name: byName,
    progress: (a, b) => a.percent - b.percent,
    // Never active counts as the oldest activity.
    activity: (a, b) =>
      (a.lastActivityAt?.getTime() ?? -Infinity) - (b.lastActivityAt?.getTime() ?? -Infinity),
  };
  const sign = query.direction === "asc" ? 1 : -1;
  return rows
    .filter((row) => (query.programId ? row.programId === query.programId : true))
    .filter((row) => (query.overdueOnly ? row.overdue : true))
    .sort((a, b) => sign * compare[query.sort](a, b) || byName(a, b));
}
