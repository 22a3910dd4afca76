import { Building2, ChevronRight, Settings, Users } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { TextLink } from "@/components/ui/link";
import { z } from "zod";
import { readPage } from "@/lib/pages/read-page";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { listInsightTeams } from "@/lib/insights/insight-teams";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { can } from "@/lib/permissions/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ lang: string; org: string }> };

const loadInsights = readPage({
  permission: workspacePages.insights.permission,
  params: z.object({}),
  path: () => workspacePages.insights.segment,
  run: ({ tx, ctx }) => listInsightTeams({ tx, ctx }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "insights")("index.metaTitle") };
}

export default async function InsightsPage({ params }: Props) {
  const { lang, ctx, data: teams } = await loadInsights(params);
  const t = getT(lang, "insights");
  const hr = can(ctx.role, "insights.viewOrganization");
  const base = workspacePath(lang, ctx.orgSlug, "insights");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("index.title")} description={t(hr ? "index.leadHr" : "index.leadManager")} />

      {hr && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Link
            href={`${base}/organization`}
            className="group flex items-start gap-4 rounded-2xl border border-stone-200 bg-white p-5 hover:border-accent-600 focus-visible:outline-3 focus-visible:outline-accent-600"
          >
            <Building2 aria-hidden="true" className="mt-1 size-6 shrink-0 text-accent-700" />
            <span>
              <span className="block text-lg font-semibold text-stone-900 group-hover:underline">
                {t("index.organization")}
              </span>
              <span className="mt-1 block text-stone-700">{t("index.organizationHint")}</span>
            </span>
          </Link>
          {can(ctx.role, workspacePages.settings.permission) && (
            <Link
              href={workspacePath(lang, ctx.orgSlug, "settings")}
              className="group flex items-start gap-4 rounded-2xl border border-stone-200 bg-white p-5 hover:border-accent-600 focus-visible:outline-3 focus-visible:outline-accent-600"
            >
              <Settings aria-hidden="true" className="mt-1 size-6 shrink-0 text-accent-700" />
              <span className="block text-lg font-semibold text-stone-900 group-hover:underline">
                {t("index.settings")}
              </span>
            </Link>
          )}
        </div>
      )}

      <section aria-labelledby="insight-teams-title" className="flex flex-col gap-4">
        <h2 id="insight-teams-title" className="text-xl font-semibold text-stone-900">
          {t("index.teamsTitle")}
        </h2>
        {teams.length === 0 ? (
          <EmptyState as="div">
            <p>{t(hr ? "index.noTeamsHr" : "index.noTeamsManager")}</p>
            {can(ctx.role, workspacePages.teams.permission) && (
              <p className="mt-3">
                <TextLink href={workspacePath(lang, ctx.orgSlug, "teams")}>{t("index.makeTeam")}</TextLink>
              </p>
            )}
          </EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {teams.map((team) => (
              <li key={team.id}>
                <Link
                  href={`${base}/teams/${team.id}`}
                  className="group flex items-center justify-between gap-3 rounded-2xl border border-stone-200 bg-white p-5 hover:border-accent-600 focus-visible:outline-3 focus-visible:outline-accent-600"
                >
                  <span className="flex items-center gap-3">
                    <Users aria-hidden="true" className="size-5 shrink-0 text-accent-700" />
                    <span>
                      <span className="block font-semibold break-words text-stone-900 group-hover:underline">
                        {team.name}
                      </span>
                      <span className="block text-sm text-stone-700">
                        {t("index.memberCount", { count: team.memberCount })}
                      </span>
                    </span>
                  </span>
                  <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-stone-500" />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
