import { BarChart3, BookOpen, ChevronRight, ScrollText, Users } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { HrHomeSections } from "@/components/insights/hr-home";
import { LearnerHomeSections } from "@/components/learning/learner-home";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { z } from "zod";
import { getT } from "@/lib/i18n/server";
import { getHrHome } from "@/lib/insights/hr-home";
import { listInsightTeams } from "@/lib/insights/insight-teams";
import { getLearnerHome } from "@/lib/learning/learner-home";
import { getWorkspaceOverview } from "@/lib/orgs/get-workspace-overview";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { readPage } from "@/lib/pages/read-page";
import { can } from "@/lib/permissions/permissions";
import { pageTitleClasses } from "@/components/ui/page-header";
import { cn } from "@/lib/ui/cn";

type Props = { params: Promise<{ lang: string; org: string }> };

const loadOverview = readPage({
  permission: workspacePages.overview.permission,
  params: z.object({}),
  path: () => workspacePages.overview.segment,
  // HR sees what needs doing in the organization; a manager the teams they lead (issue 18);
  // everyone else who learns what to do next in their own programs (issue 19). HR, who also
  // learn, keep a quiet way to My programs beside their own work.
  run: async ({ tx, ctx }) => {
    const now = new Date();
    const hr = can(ctx.role, "insights.viewOrganization");
    const [overview, hrHome, teams, learnerHome] = await Promise.all([
      getWorkspaceOverview({ tx, ctx }),
      hr ? getHrHome({ tx, ctx }) : null,
      !hr && can(ctx.role, "teams.viewProgress") ? listInsightTeams({ tx, ctx }) : null,
      !can(ctx.role, "programs.manage") && can(ctx.role, "learning.participate")
        ? getLearnerHome({ tx, ctx, now })
        : null,
    ]);
    return { now, overview, hrHome, teams, learnerHome };
  },
});

const load = ({ params }: Props) => loadOverview(params);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ctx } = await load(props);
  return { title: ctx.orgName };
}

export default async function WorkspaceOverviewPage(props: Props) {
  const {
    lang,
    ctx,
    data: { now, overview, hrHome, teams, learnerHome },
  } = await load(props);
  const t = getT(lang);
  const tl = getT(lang, "learning");
  const ti = getT(lang, "insights");
  const insightsPath = workspacePath(lang, ctx.orgSlug, "insights");
  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-2">
        <h1 className={cn(pageTitleClasses, "sm:text-4xl")}>
          {t("workspace.home.title", { org: ctx.orgName })}
        </h1>
        {hrHome && <p className="max-w-prose text-lg text-stone-700">{ti("home.lead")}</p>}
      </div>
      {hrHome && <HrHomeSections lang={lang} orgSlug={ctx.orgSlug} home={hrHome} />}
      {teams && (
        <section aria-labelledby="teams-title" className="rounded-2xl border border-stone-200 bg-white p-6">
          <BarChart3 aria-hidden="true" className="size-6 text-accent-700" />
          <h2 id="teams-title" className="mt-3 text-xl font-semibold text-stone-900">
            {ti("home.teamsTitle")}
          </h2>
          {teams.length === 0 ? (
            <p className="mt-2 max-w-prose text-stone-700">{ti("index.noTeamsManager")}</p>
          ) : (
            <ul className="mt-3 flex flex-col gap-2">
              {teams.map((team) => (
                <li key={team.id}>
                  <TextLink href={`${insightsPath}/teams/${team.id}`}>{team.name}</TextLink>{" "}
                  <span className="text-stone-700">
                    · {ti("index.memberCount", { count: team.memberCount })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {learnerHome ? (
        <LearnerHomeSections
          lang={lang}
          orgName={ctx.orgName}
          home={learnerHome}
          now={now}
          paths={{
            learn: workspacePath(lang, ctx.orgSlug, "learn"),
            challenge: workspacePath(lang, ctx.orgSlug, "challenge"),
            library: `/${lang}/library`,
          }}
        />
      ) : (
        <section
          aria-labelledby="programs-title"
          className="rounded-2xl border border-stone-200 bg-white p-6"
        >
          <BookOpen aria-hidden="true" className="size-6 text-accent-700" />
          <h2 id="programs-title" className="mt-3 text-xl font-semibold text-stone-900">
            {tl("home.title")}
          </h2>
          <p className="mt-2 max-w-prose text-stone-700">{tl("home.body", { org: ctx.orgName })}</p>
          <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-6">
            {/* The learner's way in; HR, who also learn, get it quieter beside their own work. */}
            <Link
              href={workspacePath(lang, ctx.orgSlug, "learn")}
              className={buttonClasses(can(ctx.role, "programs.manage") ? "secondary" : "primary", "lg")}
            >
              {tl("home.action")}
              <ChevronRight aria-hidden="true" className="size-5" />
            </Link>
            <TextLink href={`/${lang}/library`}>{t("workspace.home.browseLibrary")}</TextLink>
          </div>
        </section>
      )}
      {overview.members && (
        <section aria-labelledby="people-title" className="rounded-2xl border border-stone-200 bg-white p-6">
          <Users aria-hidden="true" className="size-6 text-accent-700" />
          <h2 id="people-title" className="mt-3 text-xl font-semibold text-stone-900">
            {t("workspace.home.peopleTitle")}
          </h2>
          <p className="mt-2 text-stone-700">
            {t("workspace.home.activeMembers", { count: overview.members.active })}
            {overview.members.deactivated > 0 && (
              <> · {t("workspace.home.deactivatedMembers", { count: overview.members.deactivated })}</>
            )}
          </p>
          <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-6">
            <Link href={workspacePath(lang, ctx.orgSlug, "members")} className={buttonClasses("secondary")}>
              {t("workspace.home.manageMembers")}
            </Link>
            {can(ctx.role, workspacePages.audit.permission) && (
              <TextLink
                href={workspacePath(lang, ctx.orgSlug, "audit")}
                className="inline-flex items-center gap-2"
              >
                <ScrollText aria-hidden="true" className="size-4" />
                {t("workspace.home.readAudit")}
              </TextLink>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
