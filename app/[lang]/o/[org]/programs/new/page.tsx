import { randomUUID } from "node:crypto";
import { ArrowLeft } from "@/components/ui/icons";
import type { Metadata } from "next";
import { z } from "zod";
import { NewProgramForm } from "@/components/programs/new-program-form";
import { TextLink } from "@/components/ui/link";
import { createProgramAction } from "@/lib/actions/programs/create-program";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { readPage } from "@/lib/pages/read-page";
import { listProgramSources } from "@/lib/programs/create-program";
import { displayText } from "@/lib/programs/program-texts";
import { PageHeader } from "@/components/ui/page-header";

type Props = {
  params: Promise<{ lang: string; org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadSources = readPage({
  permission: workspacePages.programs.permission,
  params: z.object({}),
  search: z.object({
    /** The programs list's "Duplicate" link preselects its program. */
    from: z
      .unknown()
      .optional()
      .transform((value) => (typeof value === "string" ? value : "")),
  }),
  path: () => `${workspacePages.programs.segment}/new`,
  run: ({ tx, ctx }) => listProgramSources({ tx, ctx }),
});

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return { title: getT(await routeLanguage(params), "programs")("create.metaTitle") };
}

/** HR's own program (issue 21): empty or a duplicate, then on into the editor. */
export default async function NewProgramPage({ params, searchParams }: Props) {
  const { lang, ctx, search, data: sources } = await loadSources(params, searchParams);
  const t = getT(lang, "programs");
  const programs = sources.map((program) => ({ id: program.id, title: displayText(program.title, lang) }));
  return (
    <div className="flex flex-col gap-8">
      <p>
        <TextLink
          href={workspacePath(lang, ctx.orgSlug, "programs")}
          className="inline-flex items-center gap-2"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("create.back")}
        </TextLink>
      </p>
      <PageHeader title={t("create.heading")} description={t("create.lead")} />
      <NewProgramForm
        lang={lang}
        orgSlug={ctx.orgSlug}
        action={createProgramAction}
        programs={programs}
        requestKey={randomUUID()}
        duplicateOf={programs.some((program) => program.id === search.from) ? search.from : ""}
      />
    </div>
  );
}
