import { ChevronLeft, ChevronRight } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { ProgramMarkdown } from "@/components/library/markdown";
import { ResourceDoneForm } from "@/components/learning/resource-done-form";
import { TextLink } from "@/components/ui/link";
import { setResourceDoneAction } from "@/lib/actions/learning/set-resource-done";
import { getT } from "@/lib/i18n/server";
import { learnerPaths, loadLearnerResourcePage } from "@/lib/learning/learner-page";
import { displayText } from "@/lib/programs/program-texts";
import { cn } from "@/lib/ui/cn";
import { pageTitleClasses } from "@/components/ui/page-header";

/** Previous / Next as buttons that can hold a long title over two lines (buttonClasses centres one line). */
const neighbourLink =
  "inline-flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600";

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
  const { lang, ctx, program, programPath, located, body, imageSizes } = await load(props);
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
        <p className="text-sm text-stone-700">
          <span className="font-semibold text-accent-800">
            {t("resource.position", { position: located.position, count: located.count })}
          </span>
          <span aria-hidden="true"> · </span>
          {t("resource.partOf", { statement: statementText })}
        </p>
        <h1 className={cn(pageTitleClasses, "max-w-prose")}>{displayText(resource.title, lang)}</h1>
      </header>
      <div className="prose prose-lg prose-stone max-w-prose prose-a:text-accent-800 prose-a:decoration-accent-300 prose-a:underline-offset-4">
        {source ? (
          <ProgramMarkdown
            source={source}
            lang={lang}
            topHeading={2}
            images={{ orgSlug: ctx.orgSlug, sizes: imageSizes }}
          />
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
      <nav aria-label={t("resource.navLabel")} className="grid max-w-prose gap-3 sm:grid-cols-2">
        {previous ? (
          <Link
            href={`${programPath}/resources/${previous.resource.id}`}
            className={cn(neighbourLink, "justify-start text-left")}
          >
            <ChevronLeft aria-hidden="true" className="size-5 shrink-0" />
            <span className="min-w-0 break-words">
              {t("resource.previousNamed", { title: displayText(previous.resource.title, lang) })}
            </span>
          </Link>
        ) : null}
        {next && (
          <Link
            href={`${programPath}/resources/${next.resource.id}`}
            className={cn(neighbourLink, "justify-end text-right sm:col-start-2")}
          >
            <span className="min-w-0 break-words">
              {t("resource.nextNamed", { title: displayText(next.resource.title, lang) })}
            </span>
            <ChevronRight aria-hidden="true" className="size-5 shrink-0" />
          </Link>
        )}
      </nav>
    </article>
  );
}
