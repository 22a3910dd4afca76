import {
  BookOpenCheck,
  ChevronLeft,
  ChevronRight,
  Lightbulb,
  PartyPopper,
  TrendingUp,
} from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { CompletedBadge } from "@/components/learning/completed-badge";
import { CurrentRating } from "@/components/learning/current-rating";
import { explainProgress } from "@/components/learning/progress-text";
import { ProgramCover } from "@/components/programs/program-cover";
import { TotalTime } from "@/components/programs/total-time";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getT } from "@/lib/i18n/server";
import { learnerPaths, loadLearnerProgramPage, nextItemPath } from "@/lib/learning/learner-page";
import { isStatementComplete, progressParts, totalMinutes } from "@/lib/learning/progress";
import { displayText } from "@/lib/programs/program-texts";
import { pageTitleClasses } from "@/components/ui/page-header";

type Props = { params: Promise<{ lang: string; org: string; programId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, data: program } = await loadLearnerProgramPage(params);
  return { title: displayText(program.title, lang) };
}

/** A program as the learner works through it: statements grouped I know / I can, with resources. */
export default async function LearnerProgramPage({ params }: Props) {
  const { lang, ctx, data: program } = await loadLearnerProgramPage(params);
  const { learnPath, programPath } = learnerPaths(lang, ctx, program.id);
  const t = getT(lang, "learning");
  const title = displayText(program.title, lang);
  const tagline = displayText(program.tagline, lang);
  const groups = [
    { kind: "know", heading: t("kind.know"), Icon: Lightbulb },
    { kind: "can", heading: t("kind.can"), Icon: BookOpenCheck },
  ] as const;

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-4">
        <TextLink href={learnPath} className="inline-flex items-center gap-1 self-start text-sm">
          <ChevronLeft aria-hidden="true" className="size-4" />
          {t("program.backToMine")}
        </TextLink>
        <div className="overflow-hidden rounded-2xl">
          <ProgramCover seed={program.coverSeed} className="h-24 w-full sm:h-32" />
        </div>
        <div className="max-w-2xl">
          <h1 className={pageTitleClasses}>{title}</h1>
          {tagline && <p className="mt-2 text-lg text-stone-700">{tagline}</p>}
          <TotalTime lang={lang} minutes={totalMinutes(program.statements, lang)} className="mt-3" />
        </div>
        <div
          className={
            program.progress.complete
              ? "rounded-2xl border border-accent-300 bg-accent-50 p-5 sm:p-6"
              : "rounded-2xl border border-stone-200 bg-white p-5"
          }
        >
          {program.progress.complete ? (
            <div className="flex items-start gap-4">
              <PartyPopper aria-hidden="true" className="size-10 shrink-0 text-accent-700" />
              <div className="flex flex-col gap-2">
                <CompletedBadge label={t("program.completedTitle")} />
                <p className="text-stone-800">{t("program.completed")}</p>
              </div>
            </div>
          ) : (
            <ProgressBar
              label={t("program.progressLabel")}
              value={program.progress.done}
              max={Math.max(program.progress.total, 1)}
              valueText={explainProgress(t, progressParts(program.statements))}
            />
          )}
          <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
            {!program.progress.complete && (
              <Link href={nextItemPath(programPath, program.next)} className={buttonClasses("primary")}>
                {program.started ? t("program.continue") : t("program.start")}
                <ChevronRight aria-hidden="true" className="size-5" />
              </Link>
            )}
            <TextLink href={`${programPath}/growth`} className="inline-flex items-center gap-2">
              <TrendingUp aria-hidden="true" className="size-4" />
              {t("program.growth")}
            </TextLink>
          </div>
        </div>
      </header>

      {program.statements.length === 0 && <p className="text-stone-700">{t("program.noStatements")}</p>}

      {groups.map(({ kind, heading, Icon }) => {
        const statements = program.statements.filter((statement) => statement.kind === kind);
        if (statements.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`group-${kind}`} className="flex flex-col gap-4">
            <h2
              id={`group-${kind}`}
              className="inline-flex items-center gap-2 text-2xl font-semibold text-stone-900"
            >
              <Icon aria-hidden="true" className="size-6 text-accent-700" />
              {heading}
            </h2>
            <ol className="statement-cards">
              {statements.map((statement) => {
                const text = displayText(statement.text, lang);
                const statementPath = `${programPath}/statements/${statement.id}`;
                const finished = isStatementComplete(statement);
                return (
                  <li key={statement.id} className={finished ? "done" : undefined}>
                    {finished && (
                      <CompletedBadge size="sm" label={t("program.statementDone")} className="mb-3" />
                    )}
                    <h3>
                      <Link href={statementPath}>{text}</Link>
                    </h3>
                    {statement.resources.length > 0 && (
                      <ul aria-label={t("program.resourcesLabel", { statement: text })}>
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
                    <div>
                      <CurrentRating rating={statement.rating} t={t} />
                      <Link href={statementPath} className={buttonClasses("secondary", "sm")}>
                        {statement.rating ? t("program.rateAgain") : t("program.rate")}
                        <span className="sr-only">: {text}</span>
                      </Link>
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
