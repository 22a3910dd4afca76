// The two CSV files as text chunks, in the reader's language. Shared by the route handlers and
// the tests that check the files cell by cell.
import "server-only";
import type { TFunction } from "i18next";
import { withTenant } from "@/lib/db/tenant";
import type { Language } from "@/lib/i18n/settings";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { displayText } from "@/lib/programs/program-texts";
import { completionExportPage } from "./completion-export";
import { csvLine } from "@/lib/csv/write-csv";
import { levels, type Distribution } from "./minimum-group";
import { getRatingsExport } from "./ratings-export";

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export function completionHeader(t: TFunction<"insights">): string {
  return csvLine([
    t("csv.name"),
    t("csv.email"),
    t("csv.teams"),
    t("csv.program"),
    t("csv.done"),
    t("csv.total"),
    t("csv.percent"),
    t("csv.completedAt"),
    t("csv.dueDate"),
    t("csv.overdue"),
    t("csv.lastActivity"),
  ]);
}

/** A function giving the completion file's rows a page of people at a time, then null. */
export function completionChunks(options: {
  ctx: WorkspaceContext;
  lang: Language;
  t: TFunction<"insights">;
  now: Date;
  pageSize?: number;
  /** One team's learners (see completionExportPage). */
  teamId?: string;
}): () => Promise<string | null> {
  const { ctx, lang, t, now } = options;
  let after: string | null = null;
  let finished = false;
  return async () => {
    if (finished) return null;
    const page = await withTenant(ctx, (tx) =>
      completionExportPage({ tx, ctx, after, now, limit: options.pageSize, teamId: options.teamId }),
    );
    if (page.next === null) finished = true;
    else after = page.next;
    return page.rows
      .map((row) =>
        csvLine([
          row.name ?? "",
          row.email,
          row.teams
            .map((team) => (team.manager ? t("csv.teamManaged", { team: team.name }) : team.name))
            .join("; "),
          displayText(row.programTitle, lang),
          row.done,
          row.total,
          row.percent,
          isoDate(row.completedAt),
          isoDate(row.dueDate),
          row.overdue ? t("csv.yes") : t("csv.no"),
          // A day, as on the pages (ADR 014): a time would tell whose rating a figure holds.
          isoDate(row.lastActivityAt),
        ]),
      )
      .join("");
  };
}

export function ratingsHeader(t: TFunction<"insights">): string {
  return csvLine([
    t("csv.group"),
    t("csv.program"),
    t("csv.statement"),
    t("csv.answers"),
    ...levels.map((level) => `${level}. ${t(`levels.${level}`)}`),
  ]);
}

/** The whole ratings file after the header: aggregated, so it is small; k rule on every line. */
export async function ratingsBody(options: {
  ctx: WorkspaceContext;
  lang: Language;
  t: TFunction<"insights">;
}): Promise<string> {
  const { ctx, lang, t } = options;
  const data = await withTenant(ctx, (tx) => getRatingsExport({ tx, ctx }));
  const line = (group: string, program: string, statement: string, distribution: Distribution | undefined) =>
    distribution?.shown
      ? csvLine([group, program, statement, distribution.total, ...distribution.counts])
      : csvLine([group, program, statement, t("distribution.tooFew"), "", "", "", ""]);
  const groups = [
    { name: t("organization.allPeople"), byStatement: data.organization },
    ...data.teams.map((team) => ({ name: team.name, byStatement: team.byStatement })),
  ];
  return groups
    .flatMap((group) =>
      data.programs.flatMap((program) =>
        program.statements.map((statement) =>
          line(
            group.name,
            displayText(program.title, lang),
            displayText(statement.text, lang),
            group.byStatement.get(statement.id),
          ),
        ),
      ),
    )
    .join("");
}
