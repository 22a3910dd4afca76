import { ChevronRight, UsersRound } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { createTeamAction } from "@/lib/actions/teams/create-team";
import { z } from "zod";
import { readPage } from "@/lib/pages/read-page";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { listTeams } from "@/lib/teams/list-teams";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";

type Props = {
  params: Promise<{ lang: string; org: string }>;
  searchParams: Promise<{ deleted?: string | string[] }>;
};

const loadTeams = readPage({
  permission: workspacePages.teams.permission,
  params: z.object({}),
  path: () => workspacePages.teams.segment,
  run: ({ tx, ctx }) => listTeams({ tx, ctx }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "people")("teams.metaTitle") };
}

/** HR's list of teams, with the form that makes a new one. */
export default async function TeamsPage({ params, searchParams }: Props) {
  const { lang, ctx, data: teams } = await loadTeams(params);
  const deleted = (await searchParams).deleted !== undefined;
  const t = getT(lang, "people");
  const teamsPath = workspacePath(lang, ctx.orgSlug, "teams");

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("teams.title")} description={t("teams.lead", { org: ctx.orgName })} />

      <p
        role="status"
        className="rounded-xl border border-accent-200 bg-accent-50 px-4 py-3 text-accent-900 empty:hidden"
      >
        {deleted ? t("teams.deleted") : null}
      </p>

      <Section id="new-team-title" title={t("teams.create.title")}>
        <div className="mt-4">
          <CreateTeamForm lang={lang} orgSlug={ctx.orgSlug} action={createTeamAction} />
        </div>
      </Section>

      <section aria-labelledby="team-list-title" className="flex flex-col gap-4">
        <h2 id="team-list-title" className="text-lg font-semibold text-stone-900">
          {t("teams.count", { count: teams.length })}
        </h2>
        {teams.length === 0 ? (
          <EmptyState as="div">
            <UsersRound aria-hidden="true" className="size-6 text-accent-700" />
            <p className="mt-3 font-semibold text-stone-900">{t("teams.empty.title")}</p>
            <p className="mt-1 max-w-prose">{t("teams.empty.body")}</p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {teams.map((team) => (
              <li key={team.id}>
                <Link
                  href={`${teamsPath}/${team.id}`}
                  className="group flex items-center justify-between gap-4 rounded-2xl border border-stone-200 bg-white p-5 hover:border-accent-300 hover:bg-accent-50/40 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
                >
                  <span className="min-w-0">
                    <span className="block font-semibold break-words text-stone-900 group-hover:text-accent-800">
                      {team.name}
                    </span>
                    <span className="mt-1 block text-sm text-stone-700">
                      {t("teams.learnerCount", { count: team.learnerCount })}
                      {" · "}
                      {team.managers.length > 0
                        ? t("teams.managers", {
                            count: team.managers.length,
                            names: team.managers.join(", "),
                          })
                        : t("teams.noManager")}
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
