import { Search } from "lucide-react";
import type { Metadata } from "next";
import { MemberRoleForm } from "@/components/orgs/member-role-form";
import { MemberStatusControl } from "@/components/orgs/member-status-control";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { TextLink } from "@/components/ui/link";
import { changeMemberRoleAction } from "@/lib/actions/change-member-role";
import { setMemberStatusAction } from "@/lib/actions/set-member-status";
import { z } from "zod";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { listMembers, type MemberRow } from "@/lib/orgs/list-members";
import { MEMBER_SEARCH_MAX_LENGTH } from "@/lib/orgs/member-input";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { firstValue, readPage } from "@/lib/pages/read-page";
import { can } from "@/lib/permissions/permissions";
import { roles } from "@/lib/permissions/roles";
import { cn } from "@/lib/ui/cn";

type Props = {
  params: Promise<{ lang: string; org: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
};

const loadMembers = readPage({
  permission: workspacePages.members.permission,
  params: z.object({}),
  search: z.object({
    q: z
      .unknown()
      .optional()
      .transform((value) => firstValue(value).trim().slice(0, MEMBER_SEARCH_MAX_LENGTH)),
    page: z
      .unknown()
      .optional()
      .transform((value) => Number.parseInt(firstValue(value), 10) || 1),
  }),
  path: () => workspacePages.members.segment,
  run: ({ tx, ctx, search }) => listMembers({ tx, ctx, search: search.q, page: search.page }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang)("members.metaTitle") };
}

export default async function MembersPage({ params, searchParams }: Props) {
  const { lang, ctx, search: query, data: list } = await loadMembers(params, searchParams);
  const search = query.q;
  const t = getT(lang);
  const membersPath = workspacePath(lang, ctx.orgSlug, "members");
  const pageHref = (target: number) => {
    const next = new URLSearchParams();
    if (search) next.set("q", search);
    if (target > 1) next.set("page", String(target));
    const queryString = next.toString();
    return queryString ? `${membersPath}?${queryString}` : membersPath;
  };
  const mayManage = can(ctx.role, "members.manage");
  const mayManageOwners = can(ctx.role, "members.manageOwners");
  const assignableRoles = roles.filter((role) => role !== "owner" || mayManageOwners);
  const joined = new Intl.DateTimeFormat(languageTags[lang], {
    dateStyle: "medium",
    timeZone: "Europe/Oslo",
  });

  const controlsFor = (member: MemberRow) => {
    const label = member.name || member.email;
    if (!mayManage || member.membershipId === ctx.membershipId) return null;
    if (member.role === "owner" && !mayManageOwners) {
      return <p className="text-sm text-stone-600">{t("members.ownerOnly")}</p>;
    }
    return (
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-end">
        {member.status === "active" && (
          <MemberRoleForm
            lang={lang}
            orgSlug={ctx.orgSlug}
            membershipId={member.membershipId}
            memberLabel={label}
            role={member.role}
            assignableRoles={assignableRoles}
            action={changeMemberRoleAction}
          />
        )}
        <MemberStatusControl
          lang={lang}
          orgSlug={ctx.orgSlug}
          orgName={ctx.orgName}
          membershipId={member.membershipId}
          memberLabel={label}
          status={member.status}
          action={setMemberStatusAction}
        />
      </div>
    );
  };

  return (
    <div className="flex flex-col gap-8">
      <header className="max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t("members.title")}</h1>
        <p className="mt-3 text-lg text-stone-700">{t("members.lead", { org: ctx.orgName })}</p>
      </header>

      <search>
        <form method="get" action={membersPath} className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <Input
              label={t("members.search.label")}
              type="search"
              name="q"
              defaultValue={search}
              maxLength={MEMBER_SEARCH_MAX_LENGTH}
              autoComplete="off"
            />
          </div>
          <Button type="submit" variant="secondary">
            <Search aria-hidden="true" className="size-4" />
            {t("members.search.submit")}
          </Button>
        </form>
      </search>

      <section aria-labelledby="member-list-title" className="flex flex-col gap-4">
        <h2 id="member-list-title" className="text-lg font-semibold text-stone-900">
          {search
            ? t("members.results", { count: list.total, query: search })
            : t("members.count", { count: list.total })}
        </h2>
        {search && (
          <p>
            <TextLink href={membersPath}>{t("members.search.clear")}</TextLink>
          </p>
        )}
        {list.members.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-stone-700">
            {t("members.noResults", { query: search })}
          </p>
        ) : (
          <ul className="flex flex-col gap-3">
            {list.members.map((member) => (
              <li
                key={member.membershipId}
                className={cn(
                  "flex flex-col gap-4 rounded-2xl border bg-white p-5 sm:flex-row sm:items-start sm:justify-between",
                  member.status === "active"
                    ? "border-stone-200"
                    : "border-dashed border-stone-300 bg-stone-50",
                )}
              >
                <div className="min-w-0">
                  <p className="font-semibold break-words text-stone-900">
                    {member.name || member.email}
                    {member.membershipId === ctx.membershipId && (
                      <span className="font-normal text-stone-600"> ({t("members.you")})</span>
                    )}
                  </p>
                  {member.name && <p className="text-sm break-all text-stone-700">{member.email}</p>}
                  <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                    <span className="rounded-full bg-accent-50 px-2.5 py-0.5 font-medium text-accent-800">
                      {t(`roles.${member.role}`)}
                    </span>
                    <span
                      className={cn(
                        "rounded-full px-2.5 py-0.5 font-medium",
                        member.status === "active"
                          ? "bg-stone-100 text-stone-800"
                          : "bg-amber-100 text-amber-900",
                      )}
                    >
                      {t(`members.status.${member.status}`)}
                    </span>
                    <span className="text-stone-600">
                      {t("members.joined", { date: joined.format(member.joinedAt) })}
                    </span>
                  </p>
                </div>
                {controlsFor(member)}
              </li>
            ))}
          </ul>
        )}
        {list.pageCount > 1 && (
          <nav aria-label={t("members.pagination.label")} className="flex items-center justify-between gap-4">
            {list.page > 1 ? (
              <TextLink href={pageHref(list.page - 1)}>{t("members.pagination.previous")}</TextLink>
            ) : (
              <span />
            )}
            <p className="text-sm text-stone-700">
              {t("members.pagination.status", { page: list.page, pageCount: list.pageCount })}
            </p>
            {list.page < list.pageCount ? (
              <TextLink href={pageHref(list.page + 1)}>{t("members.pagination.next")}</TextLink>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
