import { ArrowLeft, Download, ShieldCheck } from "@/components/ui/icons";
import type { Metadata } from "next";
import { HelpRequestGroups } from "@/components/insights/help-request-groups";
import { StatementLevelMatrix } from "@/components/insights/statement-level-matrix";
import { TextLink } from "@/components/ui/link";
import { z } from "zod";
import { readPage } from "@/lib/pages/read-page";
import { routeLanguage } from "@/lib/i18n/route-language";
import { formatPercent } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { getOrganizationOverview, type ProgramFigures } from "@/lib/insights/organization-overview";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { displayText } from "@/lib/programs/program-texts";
import { pageTitleClasses } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  params: Promise<{ lang: string; org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadOverview = readPage({
  permission: workspacePages.insights.permission,
  params: z.object({}),
  path: () => `${workspacePages.insights.segment}/organization`,
  // Managers have the insights pages for their own teams only: the use case requires
  // insights.viewOrganization, and its FORBIDDEN is the 404 page for them.
  run: ({ tx, ctx }) => getOrganizationOverview({ tx, ctx }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "insights")("organization.metaTitle") };
}

const percentOf = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 100));

export default async function OrganizationInsightsPage({ params, searchParams }: Props) {
  const { lang, ctx, data: view } = await loadOverview(params);
  const t = getT(lang, "insights");
  const day = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "UTC" });
  const programTitle = new Map(
    view.programs.map((program) => [program.id, displayText(program.title, lang)]),
  );
  const figures = (row: ProgramFigures) =>
    (["assigned", "started", "completed"] as const).map((key) => ({
      key,
      text:
        key === "assigned"
          ? t("organization.people", { count: row.assigned })
          : t("organization.of", {
              count: row[key],
              total: row.assigned,
              percent: formatPercent(lang, percentOf(row[key], row.assigned)),
            }),
    }));

  return (
    <div className="flex flex-col gap-10">
      <p className="print:hidden">
        <TextLink
          href={workspacePath(lang, ctx.orgSlug, "insights")}
          className="inline-flex items-center gap-2"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("organization.back")}
        </TextLink>
      </p>
      <header className="flex max-w-3xl flex-col gap-4">
        <h1 className={pageTitleClasses}>{t("organization.title")}</h1>
        <p className="text-lg text-stone-700">{t("organization.lead", { org: ctx.orgName })}</p>
        <p className="flex items-start gap-3 rounded-2xl bg-accent-50 p-4 text-stone-800 ring-1 ring-accent-200">
          <ShieldCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-accent-700" />
          {t("privacy", { k: view.k })}
        </p>
      </header>

      <section aria-labelledby="downloads-title" className="flex flex-col gap-3 print:hidden">
        <div>
          <h2 id="downloads-title" className="text-xl font-semibold text-stone-900">
            {t("csv.title")}
          </h2>
          <p className="mt-1 text-stone-700">{t("csv.lead")}</p>
        </div>
        <ul className="flex flex-col gap-2">
          {(["completion", "ratings"] as const).map((file) => (
            <li key={file}>
              {/* A plain link: the route handler answers with an attachment. */}
              <a
                href={`${workspacePath(lang, ctx.orgSlug, "insights")}/export/${file}`}
                download
                className="inline-flex items-center gap-2 text-link"
              >
                <Download aria-hidden="true" className="size-4" />
                {t(`csv.${file}Link`)}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="programs-title" className="flex flex-col gap-4">
        <h2 id="programs-title" className="text-xl font-semibold text-stone-900">
          {t("organization.programsTitle")}
        </h2>
        {view.programs.length === 0 ? (
          <EmptyState as="div" compact>
            <p>{t("organization.noPrograms")}</p>
            <p className="mt-3">
              <TextLink href={workspacePath(lang, ctx.orgSlug, "programs")}>
                {t("organization.assignLink")}
              </TextLink>
            </p>
          </EmptyState>
        ) : (
          view.programs.map((program) => {
            const title = displayText(program.title, lang);
            return (
              <article
                key={program.id}
                className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5 break-inside-avoid"
              >
                <h3 className="text-lg font-semibold text-stone-900">{title}</h3>
                <dl className="grid gap-3 sm:grid-cols-3">
                  {figures(program.total).map((figure) => (
                    <div key={figure.key} className="rounded-xl bg-stone-50 p-3">
                      <dt className="text-sm font-medium text-stone-700">
                        {t(`organization.${figure.key}`)}
                      </dt>
                      <dd className="text-lg font-semibold text-stone-900">{figure.text}</dd>
                    </div>
                  ))}
                </dl>
                {program.total.outsideTeams > 0 && program.byTeam.length > 0 && (
                  <p className="text-sm text-stone-700">
                    {t("organization.outsideTeams", { count: program.total.outsideTeams })}
                  </p>
                )}
                {program.byTeam.length > 0 && (
                  <div className="relative overflow-x-auto">
                    <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
                      <caption className="pb-2 text-left font-medium text-stone-800">
                        {t("organization.byTeamCaption", { program: title })}
                      </caption>
                      <thead className="border-b border-stone-300 text-stone-900">
                        <tr>
                          <th scope="col" className="py-2 pr-3 font-semibold">
                            {t("organization.team")}
                          </th>
                          <th scope="col" className="py-2 pr-3 font-semibold">
                            {t("organization.assigned")}
                          </th>
                          <th scope="col" className="py-2 pr-3 font-semibold">
                            {t("organization.started")}
                          </th>
                          <th scope="col" className="py-2 font-semibold">
                            {t("organization.completed")}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {program.byTeam.map((team) => (
                          <tr key={team.teamId} className="border-b border-stone-200 last:border-0">
                            <th scope="row" className="py-2 pr-3 font-medium">
                              <TextLink
                                href={`${workspacePath(lang, ctx.orgSlug, "insights")}/teams/${team.teamId}`}
                              >
                                {team.teamName}
                              </TextLink>
                            </th>
                            {figures(team).map((figure) => (
                              <td key={figure.key} className="py-2 pr-3 text-stone-800">
                                {figure.text}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </article>
            );
          })
        )}
      </section>

      <section aria-labelledby="overdue-title" className="flex flex-col gap-4">
        <div>
          <h2 id="overdue-title" className="text-xl font-semibold text-stone-900">
            {t("organization.overdueTitle")}
          </h2>
          <p className="mt-1 text-stone-700">{t("organization.overdueLead")}</p>
        </div>
        {view.overdue.length === 0 ? (
          <EmptyState compact>{t("organization.overdueEmpty")}</EmptyState>
        ) : (
          <div className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white p-4">
            <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
              <caption className="sr-only">{t("organization.overdueTitle")}</caption>
              <thead className="border-b border-stone-300 text-stone-900">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("organization.person")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("team.columns.program")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("organization.dueDate")}
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    {t("team.columns.progress")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.overdue.map((row) => (
                  <tr
                    key={`${row.membershipId}-${row.programId}`}
                    className="border-b border-stone-200 last:border-0"
                  >
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {row.name}
                    </th>
                    <td className="py-2 pr-3">{programTitle.get(row.programId) ?? ""}</td>
                    <td className="py-2 pr-3">{t("team.overdue", { date: day.format(row.dueDate) })}</td>
                    <td className="py-2">{formatPercent(lang, row.percent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {view.overdueCount > view.overdue.length && (
              <p className="mt-3 text-sm text-stone-700">
                {t("organization.overdueShowing", { shown: view.overdue.length, count: view.overdueCount })}
              </p>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="org-help-title" className="flex flex-col gap-4">
        <h2 id="org-help-title" className="text-xl font-semibold text-stone-900">
          {t("organization.helpTitle")}
        </h2>
        <HelpRequestGroups
          lang={lang}
          orgSlug={ctx.orgSlug}
          groups={view.helpGroups}
          resources={view.resources}
          emptyText={t("organization.helpEmpty")}
        />
      </section>

      {view.programs.length > 0 && (
        <section aria-labelledby="org-distribution-title" className="flex flex-col gap-5">
          <div>
            <h2 id="org-distribution-title" className="text-xl font-semibold text-stone-900">
              {t("organization.distributionsTitle")}
            </h2>
            <p className="mt-1 text-stone-700">{t("distribution.lead", { k: view.k })}</p>
          </div>
          <StatementLevelMatrix
            lang={lang}
            programs={view.programs}
            distributions={view.distributions}
            k={view.k}
            idPrefix="org"
            asTable={(await searchParams).ratings === "table"}
            tableHref={`${workspacePath(lang, ctx.orgSlug, "insights")}/organization?ratings=table#org-distribution-title`}
            chartHref={`${workspacePath(lang, ctx.orgSlug, "insights")}/organization#org-distribution-title`}
          />
        </section>
      )}
    </div>
  );
}
