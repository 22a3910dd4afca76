import { ArrowLeft, Download } from "@/components/ui/icons";
import type { Metadata } from "next";
import { CsvImport } from "@/components/invitations/csv-import";
import { TextLink } from "@/components/ui/link";
import { importCsvAction } from "@/lib/actions/invitations/import-csv";
import { previewCsvImportAction } from "@/lib/actions/invitations/preview-csv-import";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "@/lib/invitations/csv-limits";
import { requireWorkspace } from "@/lib/orgs/require-workspace";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ lang: string; org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "people")("import.metaTitle") };
}

const EXAMPLE = [
  "email,name,role,team",
  "kari.nordmann@example.com,Kari Nordmann,employee,",
  "ola.hansen@example.com,Ola Hansen,manager,",
  "ingrid.berg@example.com,,admin,",
].join("\r\n");

/** Bulk invitations: the file's format, then upload → preview → confirm. */
export default async function ImportInvitationsPage({ params }: Props) {
  const lang = await routeLanguage(params);
  const { org } = await params;
  const ctx = await requireWorkspace({
    lang,
    orgSlug: org,
    permission: workspacePages.invitations.permission,
    path: `${workspacePath(lang, org, "invitations")}/import`,
  });
  const t = getT(lang, "people");
  const invitationsPath = workspacePath(lang, ctx.orgSlug, "invitations");
  const limits = { max: MAX_CSV_ROWS.toLocaleString(lang), maxKb: MAX_CSV_BYTES / 1024 };

  return (
    <div className="flex flex-col gap-8">
      <p>
        <TextLink href={invitationsPath} className="inline-flex items-center gap-2">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("import.back")}
        </TextLink>
      </p>
      <PageHeader title={t("import.title")} description={t("import.lead")} />

      <section
        aria-labelledby="format-title"
        className="max-w-3xl rounded-2xl border border-stone-200 bg-white p-6"
      >
        <h2 id="format-title" className="text-lg font-semibold text-stone-900">
          {t("import.format.title")}
        </h2>
        <ul className="mt-3 flex list-disc flex-col gap-1.5 pl-5 text-stone-800">
          <li>{t("import.format.columns")}</li>
          <li>{t("import.format.role")}</li>
          <li>{t("import.format.team")}</li>
          <li>{t("import.format.limits", limits)}</li>
        </ul>
        {/* Wider than a phone: it scrolls in its own box, which a keyboard can reach (issue 19). */}
        <pre
          tabIndex={0}
          className="mt-4 overflow-x-auto rounded-lg bg-stone-100 p-3 text-sm text-stone-900 focus-visible:outline-3 focus-visible:outline-accent-600"
        >
          <code>{EXAMPLE}</code>
        </pre>
        <p className="mt-3">
          {/* A plain anchor: a data: address is no route for next/link. */}
          <a
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(EXAMPLE)}`}
            download={t("import.format.exampleFile")}
            className="inline-flex items-center gap-2 text-link"
          >
            <Download aria-hidden="true" className="size-4" />
            {t("import.format.download")}
          </a>
        </p>
      </section>

      <section aria-labelledby="upload-title" className="flex flex-col gap-4">
        <h2 id="upload-title" className="sr-only">
          {t("import.file.title")}
        </h2>
        <CsvImport
          lang={lang}
          orgSlug={ctx.orgSlug}
          invitationsHref={invitationsPath}
          preview={previewCsvImportAction}
          importCsv={importCsvAction}
        />
      </section>
    </div>
  );
}
