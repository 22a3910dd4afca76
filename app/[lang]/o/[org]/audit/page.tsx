import type { Metadata } from "next";
import { TextLink } from "@/components/ui/link";
import { z } from "zod";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { describeAuditEntry } from "@/lib/orgs/describe-audit-entry";
import { listAuditEntries } from "@/lib/orgs/list-audit-entries";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { firstValue, readPage } from "@/lib/pages/read-page";

type Props = {
  params: Promise<{ lang: string; org: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
};

const loadAudit = readPage({
  permission: workspacePages.audit.permission,
  params: z.object({}),
  search: z.object({
    before: z
      .unknown()
      .optional()
      .transform((value) => firstValue(value) || undefined),
  }),
  path: () => workspacePages.audit.segment,
  run: ({ tx, ctx, search }) => listAuditEntries({ tx, ctx, before: search.before }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang)("audit.metaTitle") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { lang, ctx, search, data: page } = await loadAudit(params, searchParams);
  const cursor = search.before;
  const t = getT(lang);
  const auditPath = workspacePath(lang, ctx.orgSlug, "audit");
  // One clock for everyone reading the log; Norway and the Netherlands share it.
  const when = new Intl.DateTimeFormat(languageTags[lang], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Oslo",
  });
  return (
    <div className="flex flex-col gap-8">
      <header className="max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t("audit.title")}</h1>
        <p className="mt-3 text-lg text-stone-700">{t("audit.lead", { org: ctx.orgName })}</p>
      </header>
      {page.entries.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-stone-700">
          {t("audit.empty")}
        </p>
      ) : (
        <ol className="flex flex-col divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {page.entries.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-baseline sm:gap-6">
              <time
                dateTime={entry.createdAt.toISOString()}
                className="shrink-0 text-sm text-stone-600 sm:w-44"
              >
                {when.format(entry.createdAt)}
              </time>
              <p className="text-stone-900">{describeAuditEntry(entry, t)}</p>
            </li>
          ))}
        </ol>
      )}
      {(page.nextBefore || cursor) && (
        <nav aria-label={t("audit.title")} className="flex justify-between gap-4">
          {cursor ? <TextLink href={auditPath}>{t("audit.newest")}</TextLink> : <span />}
          {page.nextBefore && (
            <TextLink href={`${auditPath}?before=${page.nextBefore}`}>{t("audit.older")}</TextLink>
          )}
        </nav>
      )}
    </div>
  );
}
