import { randomUUID } from "node:crypto";
import {
  ChevronLeft,
  ChevronRight,
  CircleCheckBig,
  Clock3,
  Lock,
  PartyPopper,
} from "@/components/ui/icons";
import type { Metadata } from "next";
import { RatingForm } from "@/components/learning/rating-form";
import { ReflectionForm } from "@/components/learning/reflection-form";
import { TextLink } from "@/components/ui/link";
import { rateStatementAction } from "@/lib/actions/learning/rate-statement";
import { saveReflectionAction } from "@/lib/actions/learning/save-reflection";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { nameNext } from "@/lib/learning/learner-home";
import { learnerPaths, loadLearnerStatementPage, nextItemPath } from "@/lib/learning/learner-page";
import { isStatementComplete } from "@/lib/learning/progress";
import { levelNameKey } from "@/lib/learning/levels";
import { workspacePath } from "@/lib/orgs/workspace-pages";
import { displayText } from "@/lib/programs/program-texts";
import { pageTitleClasses } from "@/components/ui/page-header";
import { cn } from "@/lib/ui/cn";

type Props = { params: Promise<{ lang: string; org: string; programId: string; statementId: string }> };

async function load(props: Props) {
  const { lang, ctx, data } = await loadLearnerStatementPage(props.params);
  return { lang, ctx, ...data, ...learnerPaths(lang, ctx, data.program.id) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, statement } = await load(props);
  return { title: displayText(statement.text, lang) };
}

/** One statement: rate it (the familiarity scale), see the history, answer the reflection prompts. */
export default async function LearnerStatementPage(props: Props) {
  const { lang, ctx, program, programPath, statement, history, reflections } = await load(props);
  const t = getT(lang, "learning");
  const text = displayText(statement.text, lang);
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "UTC" });
  const next = nameNext(program.statements, program.next);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <TextLink href={programPath} className="inline-flex items-center gap-1 self-start text-sm">
          <ChevronLeft aria-hidden="true" className="size-4" />
          {t("statement.backToProgram", { title: displayText(program.title, lang) })}
        </TextLink>
        <p className="text-sm font-semibold tracking-wide text-accent-800 uppercase">
          {t(`kind.${statement.kind}`)}
        </p>
        <h1 className={cn(pageTitleClasses, "max-w-prose")}>{text}</h1>
        {/* The last rating, as what it was then: the scale below starts unchosen (issue 19). */}
        <p className="text-sm text-stone-700">
          {statement.rating
            ? t("rating.previous", {
                level: t(levelNameKey(statement.rating.level)),
                date: date.format(statement.rating.ratedAt),
              })
            : t("program.notRated")}
        </p>
      </header>

      <section aria-labelledby="read-first" className="max-w-prose">
        <h2 id="read-first" className="text-xl font-semibold text-stone-900">
          {t("statement.resourcesTitle")}
        </h2>
        {statement.resources.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("statement.noResources")}</p>
        ) : (
          // Each resource's done mark is drawn by the stylesheet (.resource-marks, ADR 044).
          <ul className="resource-marks">
            {statement.resources.map((resource) => (
              <li key={resource.id} className={resource.done ? "done" : undefined}>
                <TextLink href={`${programPath}/resources/${resource.id}`}>
                  {displayText(resource.title, lang)}
                </TextLink>
                <span className="sr-only">
                  ({resource.done ? t("program.resourceDone") : t("program.resourceNotDone")})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section
        aria-labelledby="rate"
        className="max-w-prose rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
      >
        <h2 id="rate" className="sr-only">
          {t("rating.title")}
        </h2>
        {/* One calm notice, not a warning: rating again is what shows growth. */}
        {statement.rating?.stale && (
          <div className="mb-5 flex items-start gap-3 rounded-lg border border-accent-200 bg-accent-50 p-3 text-stone-900">
            <Clock3 aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-accent-700" />
            <p>
              <strong className="block">{t("rating.staleTitle")}</strong>
              {t("rating.staleBody", { days: program.ratingRefreshDays })} {t("rating.staleHint")}
            </p>
          </div>
        )}
        <RatingForm
          lang={lang}
          orgSlug={ctx.orgSlug}
          statementId={statement.id}
          requestKey={randomUUID()}
          privacyHref={`${workspacePath(lang, ctx.orgSlug, "me")}#privacy-title`}
          action={rateStatementAction}
        />
      </section>

      {isStatementComplete(statement) && (
        <section
          aria-labelledby="statement-done"
          className="flex max-w-prose items-start gap-4 rounded-2xl border border-accent-300 bg-accent-50 p-5 sm:p-6"
        >
          {program.progress.complete ? (
            <PartyPopper aria-hidden="true" className="size-10 shrink-0 text-accent-700" />
          ) : (
            <CircleCheckBig aria-hidden="true" className="size-10 shrink-0 text-accent-700" />
          )}
          <div className="flex min-w-0 flex-col gap-2">
            <h2 id="statement-done" className="text-xl font-semibold break-words text-stone-900">
              {program.progress.complete
                ? t("statement.programDoneTitle", { program: displayText(program.title, lang) })
                : t("statement.doneTitle")}
            </h2>
            <p className="text-stone-800">
              {program.progress.complete ? t("statement.programDoneBody") : t("statement.doneBody")}
            </p>
            {program.progress.complete ? (
              <TextLink href={`${programPath}/growth`} className="self-start">
                {t("program.growth")}
              </TextLink>
            ) : (
              next && (
                <TextLink
                  href={nextItemPath(programPath, next)}
                  className="inline-flex items-center gap-1 self-start break-words"
                >
                  {t("statement.nextItem", { title: displayText(next.title, lang) })}
                  <ChevronRight aria-hidden="true" className="size-4 shrink-0" />
                </TextLink>
              )
            )}
          </div>
        </section>
      )}

      {statement.reflectionPrompts.length > 0 && (
        <section
          aria-labelledby="reflect"
          className="max-w-prose rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
        >
          <h2 id="reflect" className="text-xl font-semibold text-stone-900">
            {t("reflection.title")}
          </h2>
          <p className="mt-2 inline-flex items-start gap-2 text-sm text-stone-700">
            <Lock aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-accent-700" />
            {t("reflection.private")}
          </p>
          <div className="mt-4 flex flex-col gap-6">
            {statement.reflectionPrompts.map((prompt, index) => (
              <ReflectionForm
                key={index}
                lang={lang}
                orgSlug={ctx.orgSlug}
                statementId={statement.id}
                promptIndex={index}
                prompt={displayText(prompt, lang)}
                saved={reflections.get(index) ?? ""}
                action={saveReflectionAction}
              />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="history" className="max-w-prose">
        <h2 id="history" className="text-xl font-semibold text-stone-900">
          {t("rating.historyTitle")}
        </h2>
        {history.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("rating.historyEmpty")}</p>
        ) : (
          <ol className="mt-3 flex flex-col gap-3">
            {history.map((entry) => {
              const flags = [
                entry.unclear ? t("rating.unclearFlag") : null,
                entry.wantsHelp ? t("rating.helpFlag") : null,
                entry.outdated ? t("rating.outdated") : null,
              ].filter(Boolean);
              return (
                <li key={entry.id} className="rounded-lg border border-stone-200 bg-white p-3">
                  <p>
                    <time dateTime={entry.createdAt.toISOString()} className="text-sm text-stone-600">
                      {date.format(entry.createdAt)}
                    </time>{" "}
                    <span className="font-medium text-stone-900">{t(levelNameKey(entry.level))}</span>
                    {flags.length > 0 && (
                      <span className="text-sm text-stone-700"> · {flags.join(" · ")}</span>
                    )}
                  </p>
                  {entry.note && (
                    <p className="mt-1 text-sm whitespace-pre-line text-stone-700">
                      <span className="font-medium">{t("rating.noteLabel")}</span> {entry.note}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
