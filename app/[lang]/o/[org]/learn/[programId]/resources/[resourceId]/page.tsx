import { ChevronLeft, ChevronRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ProgramMarkdown } from "@/components/library/markdown";
import { ResourceDoneForm } from "@/components/learning/resource-done-form";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { setResourceDoneAction } from "@/lib/actions/learning/set-resource-done";
import { getT } from "@/lib/i18n/server";
import { learnerPaths, loadLearnerResourcePage } from "@/lib/learning/learner-page";
import { displayText } from "@/lib/programs/program-texts";

type Props = { params: Promise<{ lang: string; org: string; programId: string; resourceId: string }> };

async function load(props: Props) {
  const { lang, ctx, data } = await loadLearnerResourcePage(props.params);
  return { lang, ctx, ...data, ...learnerPaths(lang, ctx, data.program.id) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, located } = await load(props);
  return { title: displayText(located.resource.title, lang) };
}

/** A resource to read, with "Mark as done" and the way to the previous and next one. */
export default async function LearnerResourcePage(props: Props) {
  const { lang, ctx, program, programPath, located, body } = await load(props);
  const t = getT(lang, "learning");
  const { resource, statement, previous, next } = located;
  const source = displayText(body, lang);
  const statementText = displayText(statement.text, lang);
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <TextLink href={programPath} className="inline-flex items-center gap-1 self-start text-sm">
          <ChevronLeft aria-hidden="true" className="size-4" />
          {displayText(program.title, lang)}
        </TextLink>
        <p className="text-sm text-stone-700">{t("resource.partOf", { statement: statementText })}</p>
        <h1 className="max-w-prose text-3xl font-bold tracking-tight break-words text-stone-900">
          {displayText(resource.title, lang)}
        </h1>
      </header>
      <div className="prose prose-lg prose-stone max-w-prose prose-a:text-accent-800 prose-a:decoration-accent-300 prose-a:underline-offset-4">
        {source ? (
          <ProgramMarkdown source={source} lang={lang} topHeading={2} />
        ) : (
          <p>{t("resource.empty")}</p>
        )}
      </div>
      <div className="max-w-prose rounded-2xl border border-stone-200 bg-white p-5">
        <ResourceDoneForm
          lang={lang}
          orgSlug={ctx.orgSlug}
          resourceId={resource.id}
          done={resource.done}
          action={setResourceDoneAction}
        />
        <TextLink
          href={`${programPath}/statements/${statement.id}`}
          className="mt-4 inline-flex items-center gap-1"
        >
          {t("resource.rateStatement")}
          <span className="sr-only">: {statementText}</span>
          <ChevronRight aria-hidden="true" className="size-4" />
        </TextLink>
      </div>
      <nav aria-label={t("resource.navLabel")} className="flex max-w-prose flex-wrap justify-between gap-4">
        {previous ? (
          <Link
            href={`${programPath}/resources/${previous.resource.id}`}
            className={buttonClasses("secondary")}
          >
            <ChevronLeft aria-hidden="true" className="size-5" />
            <span>
              {t("resource.previous")}
              <span className="sr-only">: {displayText(previous.resource.title, lang)}</span>
            </span>
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={`${programPath}/resources/${next.resource.id}`} className={buttonClasses("secondary")}>
            <span>
              {t("resource.next")}
              <span className="sr-only">: {displayText(next.resource.title, lang)}</span>
            </span>
            <ChevronRight aria-hidden="true" className="size-5" />
          </Link>
        )}
      </nav>
    </article>
  );
}
