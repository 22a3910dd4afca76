import type { Metadata } from "next";
import { z } from "zod";
import { HelpRequestGroups } from "@/components/insights/help-request-groups";
import { ProgramSwitcher } from "@/components/insights/program-switcher";
import { SharedRatingsTable } from "@/components/insights/shared-ratings-table";
import { StatementLevelMatrix } from "@/components/insights/statement-level-matrix";
import { TeamProgressTable } from "@/components/insights/team-progress-table";
import { TeamSummaryStrip } from "@/components/insights/team-summary-strip";
import { TextLink } from "@/components/ui/link";
import { CssIcon } from "@/components/ui/css-icon";
import { ProgressBar } from "@/components/ui/progress-bar";
import { readPage } from "@/lib/pages/read-page";
import { getT } from "@/lib/i18n/server";
import { applyDashboardQuery, dashboardSearch, parseDashboardQuery } from "@/lib/insights/dashboard-query";
import { SETTLING_DAYS } from "@/lib/insights/snapshots/release-rules";
import { getTeamDashboard } from "@/lib/insights/team-dashboard";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { can } from "@/lib/permissions/permissions";
import { displayText } from "@/lib/programs/program-texts";
import { pageTitleClasses } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

/** Help requests of this many statements at first (the most open requests first); the rest on request. */
const HELP_GROUPS_SHOWN = 5;

type Props = {
  params: Promise<{ lang: string; org: string; teamId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The team of the URL if the person may see it, or the 404 page (another team, another organization). */
const loadTeamDashboard = readPage({
  permission: workspacePages.insights.permission,
  params: z.object({ teamId: z.uuid() }),
  path: (raw) => `${workspacePages.insights.segment}/teams/${String(raw.teamId)}`,
  run: ({ tx, ctx, params }) => getTeamDashboard({ tx, ctx, teamId: params.teamId }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data: view } = await loadTeamDashboard(params);
  return { title: view.team.name };
}

export default async function TeamInsightsPage({ params, searchParams }: Props) {
  const { lang, ctx, data: view } = await loadTeamDashboard(params);
  const t = getT(lang, "insights");
  const search = await searchParams;
  const query = parseDashboardQuery(search);
  const ratingsAsTable = search.ratings === "table";
  const insightsPath = workspacePath(lang, ctx.orgSlug, "insights");
  const path = `${insightsPath}/teams/${view.team.id}`;
  // One program at a time (ADR 043): the URL's if it is one of the team's, else the first. Another
  // organization's or team's program id is simply not among them.
  const program = view.programs.find((candidate) => candidate.id === query.programId) ?? view.programs[0];
  const shownQuery = {
    ...query,
    programId: program && program.id !== view.programs[0]?.id ? program.id : null,
  };
  const here = `${path}${dashboardSearch(shownQuery)}`;
  const withParam = (param: string) => `${here}${here.includes("?") ? "&" : "?"}${param}`;
  const rows = applyDashboardQuery(
    view.rows.filter((row) => row.programId === program?.id),
    shownQuery,
  );
  const mayAssign = can(ctx.role, workspacePages.programs.permission);

  return (
    <div className="flex flex-col gap-10">
      <p className="print:hidden">
        <TextLink href={insightsPath} className="inline-flex items-center gap-2">
          <CssIcon name="arrow-left" className="size-4" />
          {t("team.back")}
        </TextLink>
      </p>
      <header className="flex max-w-3xl flex-col gap-4">
        <h1 className={pageTitleClasses}>{view.team.name}</h1>
        <p className="text-lg text-stone-700">{t("team.lead", { count: view.memberCount })}</p>
        <p className="flex items-start gap-3 rounded-2xl bg-accent-50 p-4 text-stone-800 ring-1 ring-accent-200">
          <CssIcon name="shield-check" className="mt-0.5 size-5 text-accent-700" />
          {t("privacy", { k: view.k })}
        </p>
        {view.settling && (
          <p className="flex items-start gap-3 rounded-2xl border border-amber-200 bg-amber-50 p-4 text-stone-800">
            <CssIcon name="clock" className="mt-0.5 size-5 text-amber-800" />
            {t("team.settling", { days: SETTLING_DAYS })}
          </p>
        )}
      </header>

      {view.rows.length > 0 && (
        <TeamSummaryStrip lang={lang} summary={view.summary} attention={view.attention} path={path} />
      )}

      {view.programs.length > 1 && program && (
        <ProgramSwitcher
          label={t("team.programsShown")}
          currentId={program.id}
          programs={view.programs.map((candidate, index) => ({
            id: candidate.id,
            title: displayText(candidate.title, lang),
            href: `${path}${dashboardSearch({ ...shownQuery, programId: index === 0 ? null : candidate.id })}#programs`,
          }))}
        />
      )}

      <section aria-labelledby="progress-title" className="flex flex-col gap-4">
        <h2 id="progress-title" className="text-xl font-semibold text-stone-900">
          {t("team.progressTitle")}
        </h2>
        {view.memberCount === 0 ? (
          <EmptyState compact>{t("team.noMembers")}</EmptyState>
        ) : view.rows.length === 0 ? (
          <EmptyState as="div" compact>
            <p>{t(mayAssign ? "team.noPrograms" : "team.noProgramsManager")}</p>
            {mayAssign && (
              <p className="mt-3">
                <TextLink href={workspacePath(lang, ctx.orgSlug, "programs")}>
                  {t("team.assignLink")}
                </TextLink>
              </p>
            )}
          </EmptyState>
        ) : (
          <>
            <TeamProgressTable lang={lang} path={path} query={shownQuery} rows={rows} />
            {/* A plain link: the route handler answers with an attachment. */}
            <p className="print:hidden">
              <a
                href={`${insightsPath}/export/completion/${view.team.id}`}
                download
                className="inline-flex items-center gap-2 text-link"
              >
                <CssIcon name="download" className="size-4" />
                {t("csv.teamCompletionLink")}
              </a>
            </p>
          </>
        )}
        {view.unassigned.length > 0 && view.rows.length > 0 && (
          <div className="rounded-2xl border border-stone-200 bg-white p-4">
            <h3 className="font-semibold text-stone-900">{t("team.unassignedTitle")}</h3>
            <p className="text-sm text-stone-700">{t("team.unassignedHint")}</p>
            <ul className="mt-2 list-disc pl-5 text-stone-800">
              {view.unassigned.map((person) => (
                <li key={person.membershipId}>{person.name}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="help-title" className="flex flex-col gap-4">
        <div>
          <h2 id="help-title" className="text-xl font-semibold text-stone-900">
            {t("help.title")}
          </h2>
          <p className="mt-1 text-stone-700">{t("help.lead")}</p>
        </div>
        <HelpRequestGroups
          lang={lang}
          orgSlug={ctx.orgSlug}
          groups={view.helpGroups}
          resources={view.resources}
          emptyText={t("help.empty")}
          paging={{
            shown: HELP_GROUPS_SHOWN,
            allHref: `${path}${dashboardSearch({ ...shownQuery, allHelp: true })}#help-title`,
            ...(shownQuery.allHelp
              ? { fewerHref: `${path}${dashboardSearch({ ...shownQuery, allHelp: false })}#help-title` }
              : {}),
          }}
        />
      </section>

      {program && (
        <>
          <section aria-labelledby="distribution-title" className="flex flex-col gap-5">
            <div>
              <h2 id="distribution-title" className="text-xl font-semibold text-stone-900">
                {t("distribution.title")}
              </h2>
              <p className="mt-1 text-stone-700">{t("distribution.lead", { k: view.k })}</p>
            </div>
            <StatementLevelMatrix
              lang={lang}
              programs={[program]}
              distributions={view.distributions}
              trend={view.trend}
              k={view.k}
              idPrefix="team"
              asTable={ratingsAsTable}
              tableHref={`${withParam("ratings=table")}#distribution-title`}
              chartHref={`${here}#distribution-title`}
            />
          </section>

          <section aria-labelledby="shared-title" className="flex flex-col gap-4">
            <div>
              <h2 id="shared-title" className="text-xl font-semibold text-stone-900">
                {t("shared.title")}
              </h2>
              <p className="mt-1 text-stone-700">{t("shared.lead")}</p>
            </div>
            {view.team.viewerManages ? (
              <SharedRatingsTable lang={lang} programs={[program]} people={view.sharedRatings} />
            ) : (
              <EmptyState compact>{t("shared.managersOnly")}</EmptyState>
            )}
          </section>

          <section aria-labelledby="challenge-title" className="flex flex-col gap-4">
            <div>
              <h2 id="challenge-title" className="text-xl font-semibold text-stone-900">
                {t("challenge.title")}
              </h2>
              <p className="mt-1 text-stone-700">{t("challenge.lead")}</p>
            </div>
            {view.challengeCounts.length === 0 ? (
              <EmptyState compact>{t("challenge.empty")}</EmptyState>
            ) : (
              <ul className="flex flex-col gap-3">
                {view.challengeCounts.map((person) => (
                  <li key={person.membershipId} className="rounded-2xl border border-stone-200 bg-white p-4">
                    <ProgressBar
                      label={person.name}
                      value={person.noCount}
                      max={person.target}
                      valueText={t("challenge.count", { count: person.noCount, target: person.target })}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
