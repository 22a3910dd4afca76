import { FileSpreadsheet, MailWarning } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { InvitationActions } from "@/components/invitations/invitation-actions";
import { InviteForm } from "@/components/invitations/invite-form";
import { ResendFailedMails } from "@/components/invitations/resend-failed-mails";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { createInvitationAction } from "@/lib/actions/invitations/create-invitation";
import { resendFailedInvitationsAction } from "@/lib/actions/invitations/resend-failed-invitations";
import { resendInvitationAction } from "@/lib/actions/invitations/resend-invitation";
import { revokeInvitationAction } from "@/lib/actions/invitations/revoke-invitation";
import { z } from "zod";
import { firstValue, readPage } from "@/lib/pages/read-page";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import {
  invitationStatuses,
  isInvitationStatus,
  type InvitationStatus,
} from "@/lib/invitations/invitation-status";
import { listInvitations, type InvitationRow } from "@/lib/invitations/list-invitations";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { listTeamOptions } from "@/lib/teams/list-teams";
import { cn } from "@/lib/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";

type Props = {
  params: Promise<{ lang: string; org: string }>;
  searchParams: Promise<{ status?: string | string[]; page?: string | string[]; team?: string | string[] }>;
};

const loadInvitations = readPage({
  permission: workspacePages.invitations.permission,
  params: z.object({}),
  search: z.object({
    status: z
      .unknown()
      .optional()
      .transform((value) =>
        isInvitationStatus(firstValue(value)) ? (firstValue(value) as InvitationStatus) : null,
      ),
    page: z
      .unknown()
      .optional()
      .transform((value) => Number.parseInt(firstValue(value), 10) || 1),
    team: z.unknown().optional().transform(firstValue),
  }),
  path: () => workspacePages.invitations.segment,
  run: async ({ tx, ctx, search }) => ({
    list: await listInvitations({ tx, ctx, status: search.status, page: search.page }),
    teams: await listTeamOptions({ tx, ctx }),
  }),
});

const statusBadge: Record<InvitationStatus, string> = {
  pending: "bg-sky-50 text-sky-900",
  accepted: "bg-accent-50 text-accent-900",
  expired: "bg-amber-100 text-amber-900",
  revoked: "bg-stone-100 text-stone-800",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "people")("invitations.metaTitle") };
}

/** HR invites one person at a time here, opens the CSV import, and follows every invitation's status. */
export default async function InvitationsPage({ params, searchParams }: Props) {
  const {
    lang,
    ctx,
    search: query,
    data: { list, teams },
  } = await loadInvitations(params, searchParams);
  const { status } = query;
  const t = getT(lang, "people");
  const common = getT(lang);
  const basePath = workspacePath(lang, ctx.orgSlug, "invitations");
  const href = (next: { status?: InvitationStatus | null; page?: number }) => {
    const params = new URLSearchParams();
    const shownStatus = next.status === undefined ? status : next.status;
    if (shownStatus) params.set("status", shownStatus);
    if (next.page && next.page > 1) params.set("page", String(next.page));
    const queryString = params.toString();
    return queryString ? `${basePath}?${queryString}` : basePath;
  };
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "Europe/Oslo" });
  const total = invitationStatuses.reduce((sum, each) => sum + list.counts[each], 0);
  const preselected = teams.some((team) => team.id === query.team) ? [query.team] : [];

  const when = (row: InvitationRow) => {
    switch (row.status) {
      case "pending":
        return t("invitations.list.expiresOn", { date: date.format(row.expiresAt) });
      case "expired":
        return t("invitations.list.expiredOn", { date: date.format(row.expiresAt) });
      case "accepted":
        return t("invitations.list.acceptedOn", { date: date.format(row.acceptedAt ?? row.createdAt) });
      case "revoked":
        return t("invitations.list.revokedOn", { date: date.format(row.revokedAt ?? row.createdAt) });
    }
  };

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("invitations.title")} description={t("invitations.lead", { org: ctx.orgName })} />

      <Section id="invite-title" title={t("invitations.form.title")}>
        <div className="mt-5">
          <InviteForm
            lang={lang}
            orgSlug={ctx.orgSlug}
            teams={teams}
            preselectedTeamIds={preselected}
            teamsHref={workspacePath(lang, ctx.orgSlug, "teams")}
            action={createInvitationAction}
          />
        </div>
      </Section>

      <section
        aria-labelledby="csv-title"
        className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-6 sm:flex-row sm:items-center sm:justify-between"
      >
        <div className="flex gap-3">
          <FileSpreadsheet aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-accent-700" />
          <div>
            <h2 id="csv-title" className="text-lg font-semibold text-stone-900">
              {t("invitations.csv.title")}
            </h2>
            <p className="mt-1 text-stone-700">{t("invitations.csv.body")}</p>
          </div>
        </div>
        <Link href={`${basePath}/import`} className={cn(buttonClasses("secondary"), "shrink-0")}>
          {t("invitations.csv.action")}
        </Link>
      </section>

      <section aria-labelledby="invitation-list-title" className="flex flex-col gap-4">
        <h2 id="invitation-list-title" className="text-xl font-semibold text-stone-900">
          {t("invitations.list.title")}
        </h2>
        <ResendFailedMails
          lang={lang}
          orgSlug={ctx.orgSlug}
          count={list.mailsFailed}
          action={resendFailedInvitationsAction}
        />
        {total > 0 && (
          <nav aria-label={t("invitations.list.filter")}>
            <ul className="flex flex-wrap gap-2">
              {[null, ...invitationStatuses].map((each) => {
                const current = each === status;
                const label = each ? t(`invitations.status.${each}`) : t("invitations.list.all");
                const count = each ? list.counts[each] : total;
                return (
                  <li key={each ?? "all"}>
                    <Link
                      href={href({ status: each, page: 1 })}
                      aria-current={current ? "page" : undefined}
                      className={cn(
                        "inline-flex min-h-9 items-center rounded-full border px-3 text-sm font-medium",
                        "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600",
                        current
                          ? "border-accent-700 bg-accent-700 text-white"
                          : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
                      )}
                    >
                      {t("invitations.list.filterOption", { label, count })}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        {list.invitations.length === 0 ? (
          <EmptyState>
            {total === 0 ? t("invitations.list.empty") : t("invitations.list.emptyFilter")}
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {list.invitations.map((row) => (
              <li
                key={row.id}
                className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="font-semibold break-words text-stone-900">{row.name || row.email}</p>
                  {row.name && <p className="text-sm break-all text-stone-700">{row.email}</p>}
                  <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                    <span className={cn("rounded-full px-2.5 py-0.5 font-medium", statusBadge[row.status])}>
                      {t(`invitations.status.${row.status}`)}
                    </span>
                    <span className="rounded-full bg-stone-100 px-2.5 py-0.5 font-medium text-stone-800">
                      {common(`roles.${row.role}`)}
                    </span>
                    <span className="text-stone-600">{when(row)}</span>
                  </p>
                  {row.mailProblem && (
                    <p
                      className={cn(
                        "mt-2 flex gap-2 text-sm break-words",
                        row.mailProblem.state === "failed" ? "font-medium text-red-800" : "text-amber-900",
                      )}
                    >
                      <MailWarning aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                      {t(`invitations.mailFailed.${row.mailProblem.state}`, {
                        reason: row.mailProblem.reason,
                      })}
                    </p>
                  )}
                  {row.teamNames.length > 0 && (
                    <p className="mt-1 text-sm text-stone-700">
                      {t("invitations.list.teams", { teams: row.teamNames.join(", ") })}
                    </p>
                  )}
                </div>
                {(row.status === "pending" || row.status === "expired") && (
                  <InvitationActions
                    lang={lang}
                    orgSlug={ctx.orgSlug}
                    invitationId={row.id}
                    email={row.email}
                    resend={resendInvitationAction}
                    revoke={revokeInvitationAction}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {list.pageCount > 1 && (
          <nav
            aria-label={t("invitations.list.pagination.label")}
            className="flex items-center justify-between gap-4"
          >
            {list.page > 1 ? (
              <TextLink href={href({ page: list.page - 1 })}>
                {t("invitations.list.pagination.previous")}
              </TextLink>
            ) : (
              <span />
            )}
            <p className="text-sm text-stone-700">
              {t("invitations.list.pagination.status", { page: list.page, pageCount: list.pageCount })}
            </p>
            {list.page < list.pageCount ? (
              <TextLink href={href({ page: list.page + 1 })}>
                {t("invitations.list.pagination.next")}
              </TextLink>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
