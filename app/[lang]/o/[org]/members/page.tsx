import { Search } from "@/components/ui/icons";
import type { Metadata } from "next";
import { MembersTable, type MembersTableColumn, type MembersTableRow } from "@/components/orgs/members-table";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextLink } from "@/components/ui/link";
import { z } from "zod";
import { bulkUpdateMembersAction } from "@/lib/actions/bulk-update-members";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { listMembers, listTeamChoices } from "@/lib/orgs/list-members";
import { MEMBER_SEARCH_MAX_LENGTH, memberStatuses } from "@/lib/orgs/member-input";
import { memberListSearch, parseMemberListQuery, type MemberSort } from "@/lib/orgs/member-list-query";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { readPage } from "@/lib/pages/read-page";
import { can } from "@/lib/permissions/permissions";
import { roles } from "@/lib/permissions/roles";
import { Field } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  params: Promise<{ lang: string; org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadMembers = readPage({
  permission: workspacePages.members.permission,
  params: z.object({}),
  // parseMemberListQuery never fails: a stale or odd query shows the first page, unfiltered.
  search: z.custom<Record<string, string | string[] | undefined>>().transform(parseMemberListQuery),
  path: () => workspacePages.members.segment,
  run: ({ tx, ctx, search: query }) =>
    Promise.all([
      listMembers({
        tx,
        ctx,
        search: query.q,
        role: query.role,
        status: query.status,
        teamId: query.team,
        sort: query.sort,
        dir: query.dir,
        page: query.page,
      }),
      listTeamChoices({ tx, ctx }),
    ]),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang)("members.metaTitle") };
}

export default async function MembersPage({ params, searchParams }: Props) {
  const {
    lang,
    ctx,
    search: query,
    data: [list, teams],
  } = await loadMembers(params, searchParams);
  const t = getT(lang);
  const membersPath = workspacePath(lang, ctx.orgSlug, "members");
  const href = (change: Parameters<typeof memberListSearch>[1]) =>
    `${membersPath}${memberListSearch(query, change)}`;
  const filtered = Boolean(query.q || query.role || query.status || query.team);
  const mayManage = can(ctx.role, "members.manage");
  const mayManageOwners = can(ctx.role, "members.manageOwners");
  const assignableRoles = roles.filter((role) => role !== "owner" || mayManageOwners);
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "Europe/Oslo" });

  const rows: MembersTableRow[] = list.members.map((member) => ({
    membershipId: member.membershipId,
    label: member.name || member.email,
    email: member.email,
    showEmail: Boolean(member.name),
    isYou: member.membershipId === ctx.membershipId,
    role: member.role,
    active: member.status === "active",
    teams: member.teams,
    lastActive: member.lastActiveAt ? date.format(member.lastActiveAt) : t("members.never"),
    progress:
      member.programs.assigned === 0
        ? t("members.noPrograms")
        : t("members.progress", { completed: member.programs.completed, count: member.programs.assigned }),
    selectable: member.membershipId !== ctx.membershipId && (member.role !== "owner" || mayManageOwners),
  }));
  const column = (key: MemberSort | "teams" | "progress", label: string): MembersTableColumn => {
    if (key === "teams" || key === "progress") return { key, label };
    const sorted = query.sort === key ? (query.dir === "asc" ? "ascending" : "descending") : undefined;
    const dir = query.sort === key && query.dir === "asc" ? "desc" : "asc";
    return {
      key,
      label,
      sorted,
      sortHref: href({ sort: key, dir, page: 1 }),
    };
  };
  const columns = [
    column("name", t("members.columns.name")),
    column("role", t("members.columns.role")),
    column("teams", t("members.columns.teams")),
    column("lastActive", t("members.columns.lastActive")),
    column("progress", t("members.columns.progress")),
  ];

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("members.title")} description={t("members.lead", { org: ctx.orgName })} />

      <search>
        <form method="get" action={membersPath} className="flex flex-col gap-3">
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
            <Field
              label={t("members.search.label")}
              type="search"
              name="q"
              defaultValue={query.q}
              maxLength={MEMBER_SEARCH_MAX_LENGTH}
              autoComplete="off"
            />
            <Select
              id="member-filter-role"
              label={t("members.filters.role")}
              name="role"
              defaultValue={query.role ?? ""}
              emptyOption={t("members.filters.any")}
              options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            />
            <Select
              id="member-filter-team"
              label={t("members.filters.team")}
              name="team"
              defaultValue={query.team ?? ""}
              emptyOption={t("members.filters.any")}
              options={teams.map((team) => ({ value: team.id, label: team.name }))}
            />
            <Select
              id="member-filter-status"
              label={t("members.filters.status")}
              name="status"
              defaultValue={query.status ?? ""}
              emptyOption={t("members.filters.any")}
              options={memberStatuses.map((status) => ({
                value: status,
                label: t(`members.status.${status}`),
              }))}
            />
          </div>
          {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
          {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" variant="secondary">
              <Search aria-hidden="true" className="size-4" />
              {t("members.search.submit")}
            </Button>
            {filtered && <TextLink href={membersPath}>{t("members.search.clear")}</TextLink>}
          </div>
        </form>
      </search>

      <section aria-labelledby="member-list-title" className="flex flex-col gap-4">
        <h2 id="member-list-title" className="text-lg font-semibold text-stone-900">
          {query.q
            ? t("members.results", { count: list.total, query: query.q })
            : t(filtered ? "members.filteredCount" : "members.count", { count: list.total })}
        </h2>
        {list.members.length === 0 ? (
          <EmptyState>
            {query.q ? t("members.noResults", { query: query.q }) : t("members.noneFiltered")}
          </EmptyState>
        ) : (
          <MembersTable
            lang={lang}
            orgSlug={ctx.orgSlug}
            rows={rows}
            columns={columns}
            teams={teams}
            assignableRoles={[...assignableRoles]}
            action={mayManage ? bulkUpdateMembersAction : null}
          />
        )}
        {list.pageCount > 1 && (
          <nav aria-label={t("members.pagination.label")} className="flex items-center justify-between gap-4">
            {list.page > 1 ? (
              <TextLink href={href({ page: list.page - 1 })}>{t("members.pagination.previous")}</TextLink>
            ) : (
              <span />
            )}
            <p className="text-sm text-stone-700">
              {t("members.pagination.status", { page: list.page, pageCount: list.pageCount })}
            </p>
            {list.page < list.pageCount ? (
              <TextLink href={href({ page: list.page + 1 })}>{t("members.pagination.next")}</TextLink>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
