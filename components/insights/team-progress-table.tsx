// Every member's progress in the program the page shows (one at a time, ADR 043): progress bar and
// %, completion date, last activity and due status ("Overdue" in words, not only colour). Sorting
// and filters are links and a GET form, so they work without JavaScript.
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { CssIcon } from "@/components/ui/css-icon";
import { formatPercent } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import {
  dashboardSearch,
  toggleSort,
  type DashboardQuery,
  type SortKey,
} from "@/lib/insights/dashboard-query";
import type { MemberProgress } from "@/lib/insights/team-dashboard";
import { ProgressRows, type ProgressRow } from "./progress-rows";
import type { TranslationKey } from "@/lib/i18n/keys";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  lang: Language;
  path: string;
  query: DashboardQuery;
  /** The rows of one program. */
  rows: MemberProgress[];
};

export function TeamProgressTable({ lang, path, query, rows }: Props) {
  const t = getT(lang, "insights");
  const day = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "UTC" });
  const when = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "Europe/Oslo" });

  const header = (key: SortKey, labelKey: `team.columns.${string}` & TranslationKey<"insights">) => {
    const label = t(labelKey);
    const active = query.sort === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (query.direction === "asc" ? "ascending" : "descending") : undefined}
      >
        <TextLink
          href={`${path}${dashboardSearch(toggleSort(query, key))}`}
          className="inline-flex items-center gap-1"
        >
          {label}
          {active && (
            <CssIcon name={query.direction === "asc" ? "arrow-up" : "arrow-down"} className="size-4" />
          )}
          <span className="sr-only">
            {active
              ? ` (${t(query.direction === "asc" ? "team.sortedAscending" : "team.sortedDescending")})`
              : ` (${t("team.sortBy", { column: label })})`}
          </span>
        </TextLink>
      </th>
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <form
        method="get"
        action={path}
        className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:flex-row sm:items-end print:hidden"
      >
        {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
        {query.direction !== "asc" && <input type="hidden" name="dir" value={query.direction} />}
        {query.programId && <input type="hidden" name="program" value={query.programId} />}
        {query.allHelp && <input type="hidden" name="help" value="all" />}
        <label className="flex min-h-11 items-center gap-2 text-stone-900">
          <input
            type="checkbox"
            name="overdue"
            value="1"
            defaultChecked={query.overdueOnly}
            className="size-5 accent-accent-700"
          />
          {t("team.filter.overdueOnly")}
        </label>
        <Button type="submit" variant="secondary">
          {t("team.filter.apply")}
        </Button>
        {query.overdueOnly && (
          <TextLink
            href={`${path}${dashboardSearch({ ...query, overdueOnly: false })}`}
            className="self-center"
          >
            {t("team.filter.clear")}
          </TextLink>
        )}
      </form>

      {rows.length === 0 ? (
        <EmptyState compact>{t("team.noRows")}</EmptyState>
      ) : (
        <div className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white">
          {/* Cell styles once in the stylesheet (.progress-table), not on each cell nor as a long
              class string sent twice: the page sends the browser only what it shows (issue 17). */}
          <table className="progress-table">
            <caption className="sr-only">{t("team.tableCaption")}</caption>
            <thead>
              <tr>
                {header("name", "team.columns.name")}
                {header("progress", "team.columns.progress")}
                <th scope="col">{t("team.columns.completed")}</th>
                {header("activity", "team.columns.lastActivity")}
                <th scope="col">{t("team.columns.status")}</th>
              </tr>
            </thead>
            <ProgressRows
              rows={rows.map((row): ProgressRow => ({
                status: row.complete ? "complete" : row.overdue ? "overdue" : "open",
                name: row.name,
                percent: row.percent,
                progress: `${formatPercent(lang, row.percent)} · ${t("team.progressValue", { done: row.done, total: row.total })}`,
                completed: row.completedAt ? day.format(row.completedAt) : t("team.notCompleted"),
                activity: row.lastActivityAt ? when.format(row.lastActivityAt) : t("team.never"),
                state: row.complete
                  ? t("team.complete")
                  : row.overdue && row.dueDate
                    ? t("team.overdue", { date: day.format(row.dueDate) })
                    : row.dueDate
                      ? t("team.due", { date: day.format(row.dueDate) })
                      : t("team.noDueDate"),
              }))}
            />
          </table>
        </div>
      )}
    </div>
  );
}
