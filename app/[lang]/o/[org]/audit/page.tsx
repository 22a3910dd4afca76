import { Download } from "@/components/ui/icons";
import type { Metadata } from "next";
import { Button, buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextLink } from "@/components/ui/link";
import { z } from "zod";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { auditKindLabel } from "@/lib/orgs/audit-export";
import { AUDIT_PERSON_MAX_LENGTH, auditKinds, auditSearch, parseAuditQuery } from "@/lib/orgs/audit-query";
import { AUDIT_NAMESPACES, describeAuditEntry } from "@/lib/orgs/describe-audit-entry";
import { listAuditEntries } from "@/lib/orgs/list-audit-entries";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { readPage } from "@/lib/pages/read-page";
import { Field } from "@/components/ui/field";
import { pageTitleClasses } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  params: Promise<{ lang: string; org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadAudit = readPage({
  permission: workspacePages.audit.permission,
  params: z.object({}),
  // parseAuditQuery never fails: a stale or odd query shows the unfiltered log.
  search: z.custom<Record<string, string | string[] | undefined>>().transform(parseAuditQuery),
  path: () => workspacePages.audit.segment,
  run: ({ tx, ctx, search }) => listAuditEntries({ tx, ctx, ...search }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang)("audit.metaTitle") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { lang, ctx, search, data: page } = await loadAudit(params, searchParams);
  const { before, ...filters } = search;
  const t = getT(lang, AUDIT_NAMESPACES);
  const auditPath = workspacePath(lang, ctx.orgSlug, "audit");
  const filtered = Boolean(filters.person || filters.kind || filters.from || filters.to);
  // One clock for everyone reading the log; Norway and the Netherlands share it.
  const when = new Intl.DateTimeFormat(languageTags[lang], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Oslo",
  });
  return (
    <div className="flex flex-col gap-8">
      <header className="flex max-w-2xl flex-col gap-4">
        <h1 className={pageTitleClasses}>{t("audit.title")}</h1>
        <p className="text-lg text-stone-700">{t("audit.lead", { org: ctx.orgName })}</p>
      </header>

      <search>
        <form method="get" action={auditPath} className="flex flex-col gap-3">
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
            <Field
              label={t("audit.filters.person")}
              type="search"
              name="person"
              defaultValue={filters.person ?? ""}
              maxLength={AUDIT_PERSON_MAX_LENGTH}
              autoComplete="off"
            />
            <Select
              id="audit-filter-kind"
              label={t("audit.filters.kind")}
              name="kind"
              defaultValue={filters.kind ?? ""}
              emptyOption={t("audit.filters.any")}
              options={auditKinds.map((kind) => ({ value: kind, label: t(`audit.kinds.${kind}`) }))}
            />
            <Field
              label={t("audit.filters.from")}
              type="date"
              name="from"
              defaultValue={filters.from ?? ""}
            />
            <Field label={t("audit.filters.to")} type="date" name="to" defaultValue={filters.to ?? ""} />
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" variant="secondary">
              {t("audit.filters.apply")}
            </Button>
            {filtered && <TextLink href={auditPath}>{t("audit.filters.clear")}</TextLink>}
            <a
              href={`${auditPath}/export${auditSearch(filters)}`}
              className={`${buttonClasses("ghost")} sm:ml-auto`}
              download
            >
              <Download aria-hidden="true" className="size-4" />
              {t(filtered ? "audit.exportFiltered" : "audit.export")}
            </a>
          </div>
        </form>
      </search>

      {page.entries.length === 0 ? (
        <EmptyState>{filtered ? t("audit.noMatches") : t("audit.empty")}</EmptyState>
      ) : (
        <ol className="flex flex-col divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {page.entries.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-baseline sm:gap-6">
              <span className="flex shrink-0 flex-col text-sm text-stone-600 sm:w-44">
                <time dateTime={entry.createdAt.toISOString()}>{when.format(entry.createdAt)}</time>
                <span>{auditKindLabel(entry.action, t)}</span>
              </span>
              <p className="break-words text-stone-900">{describeAuditEntry(entry, t, lang)}</p>
            </li>
          ))}
        </ol>
      )}
      {(page.nextBefore || before) && (
        <nav aria-label={t("audit.pages")} className="flex justify-between gap-4">
          {before ? (
            <TextLink href={`${auditPath}${auditSearch(filters)}`}>{t("audit.newest")}</TextLink>
          ) : (
            <span />
          )}
          {page.nextBefore && (
            <TextLink href={`${auditPath}${auditSearch({ ...filters, before: page.nextBefore })}`}>
              {t("audit.older")}
            </TextLink>
          )}
        </nav>
      )}
    </div>
  );
}
