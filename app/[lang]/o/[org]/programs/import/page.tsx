import { randomUUID } from "node:crypto";
import { ArrowLeft } from "@/components/ui/icons";
import type { Metadata } from "next";
import { z } from "zod";
import { ImportProgramForm } from "@/components/programs/import-program-form";
import { TextLink } from "@/components/ui/link";
import { importProgramAction } from "@/lib/actions/programs/import-program";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { readPage } from "@/lib/pages/read-page";
import { importProgram } from "@/lib/programs/transfer/import-program";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ lang: string; org: string }> };

const loadPage = readPage({
  // The page of the import form: it opens for whoever the import itself lets in (ADR 038).
  permission: importProgram.permission,
  params: z.object({}),
  path: () => `${workspacePages.programs.segment}/import`,
  run: async () => null,
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await routeLanguage(params), "programs")("transfer.import.metaTitle") };
}

/** A program exported from Evne (here or elsewhere) becomes a draft of the organization's own. */
export default async function ImportProgramPage({ params }: Props) {
  const { lang, ctx } = await loadPage(params);
  const t = getT(lang, "programs");
  return (
    <div className="flex flex-col gap-8">
      <p>
        <TextLink
          href={workspacePath(lang, ctx.orgSlug, "programs")}
          className="inline-flex items-center gap-2"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("transfer.import.back")}
        </TextLink>
      </p>
      <PageHeader title={t("transfer.import.heading")} description={t("transfer.import.lead")} />
      <section
        aria-labelledby="format-title"
        className="max-w-3xl rounded-2xl border border-stone-200 bg-white p-6"
      >
        <h2 id="format-title" className="text-lg font-semibold text-stone-900">
          {t("transfer.import.formatTitle")}
        </h2>
        <ul className="mt-3 flex list-disc flex-col gap-1.5 pl-5 text-stone-800">
          <li>{t("transfer.import.formatFolder")}</li>
          <li>{t("transfer.import.formatResources")}</li>
          <li>{t("transfer.import.formatImages")}</li>
          <li>{t("transfer.import.formatLanguages")}</li>
          <li>{t("transfer.import.formatHidden")}</li>
        </ul>
      </section>
      <ImportProgramForm
        lang={lang}
        orgSlug={ctx.orgSlug}
        action={importProgramAction}
        requestKey={randomUUID()}
      />
    </div>
  );
}
