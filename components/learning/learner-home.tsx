import {
  BookOpen,
  CalendarClock,
  ChevronRight,
  CircleCheckBig,
  PartyPopper,
  Target,
  TriangleAlert,
} from "@/components/ui/icons";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { todayIso } from "@/lib/challenge/challenge-dates";
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import type { HomeProgram, LearnerHome } from "@/lib/learning/learner-home";
import { nextItemPath } from "@/lib/learning/learner-page";
import { displayText } from "@/lib/programs/program-texts";
import { ProgramCover } from "@/components/programs/program-cover";
import { explainProgress } from "./progress-text";
import { EmptyState } from "@/components/ui/empty-state";

type Paths = { learn: string; challenge: string; library: string };

function DueDate({ lang, program, now }: { lang: Language; program: HomeProgram; now: Date }) {
  if (!program.dueDate) return null;
  const t = getT(lang, "learning");
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "long", timeZone: "UTC" }).format(
    program.dueDate,
  );
  // A due date is a day: overdue from the day after it, by the calendar in Oslo (as My programs).
  const overdue = program.dueDate.toISOString().slice(0, 10) < todayIso(now);
  return overdue ? (
    <p className="inline-flex items-start gap-2 self-start rounded-lg border border-red-300 bg-red-50 px-3 py-1.5 text-sm font-semibold text-red-900">
      <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {t("home.overdue", { date })}
    </p>
  ) : (
    <p className="inline-flex items-start gap-2 text-sm font-medium text-stone-800">
      <CalendarClock aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-accent-700" />
      {t("home.due", { date })}
    </p>
  );
}

/** The learner's overview (issue 19): what to do next, named and one tap away; then the rest. */
export function LearnerHomeSections({
  lang,
  orgName,
  home,
  paths,
  now,
}: {
  lang: Language;
  orgName: string;
  home: LearnerHome;
  paths: Paths;
  now: Date;
}) {
  const t = getT(lang, "learning");
  const { current, others, completed } = home;
  const programPath = (program: HomeProgram) => `${paths.learn}/${program.id}`;
  return (
    <>
      {current && (
        <section
          aria-labelledby="continue-title"
          className="flex flex-col overflow-hidden rounded-2xl border border-accent-200 bg-white shadow-sm"
        >
          <ProgramCover seed={current.coverSeed} className="h-20 w-full sm:h-24" />
          <div className="flex flex-col gap-4 p-5 sm:p-6">
            <div>
              <h2
                id="continue-title"
                className="text-sm font-semibold tracking-wide text-accent-800 uppercase"
              >
                {current.started ? t("home.continueTitle") : t("home.startTitle")}
              </h2>
              <p className="mt-1 text-xl font-semibold break-words text-stone-900">
                <TextLink href={programPath(current)} className="text-stone-900">
                  {displayText(current.title, lang)}
                </TextLink>
              </p>
            </div>
            <Link
              href={nextItemPath(programPath(current), current.next)}
              className="flex min-h-14 items-center gap-3 rounded-xl bg-accent-700 px-4 py-3 text-left font-semibold text-white hover:bg-accent-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
            >
              <BookOpen aria-hidden="true" className="size-6 shrink-0" />
              <span className="min-w-0 flex-1 break-words">
                {current.next
                  ? t(current.next.kind === "resource" ? "home.nextResource" : "home.nextStatement", {
                      title: displayText(current.next.title, lang),
                    })
                  : t("home.nextNone")}
              </span>
              <ChevronRight aria-hidden="true" className="size-5 shrink-0" />
            </Link>
            <DueDate lang={lang} program={current} now={now} />
            <ProgressBar
              label={t("myPrograms.progressLabel")}
              value={current.progress.done}
              max={Math.max(current.progress.total, 1)}
              valueText={explainProgress(t, current)}
            />
          </div>
        </section>
      )}

      {others.length > 0 && (
        <section aria-labelledby="others-title" className="flex flex-col gap-3">
          <h2 id="others-title" className="text-xl font-semibold text-stone-900">
            {t("home.othersTitle")}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {others.map((program) => (
              <li
                key={program.id}
                className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-5"
              >
                <h3 className="text-lg font-semibold break-words">
                  <TextLink
                    href={nextItemPath(programPath(program), program.next)}
                    className="text-stone-900"
                  >
                    {displayText(program.title, lang)}
                  </TextLink>
                </h3>
                <p className="text-sm text-stone-700">{explainProgress(t, program)}</p>
                <DueDate lang={lang} program={program} now={now} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {completed.length > 0 && !current && (
        <section
          aria-labelledby="all-done-title"
          className="flex flex-col items-start gap-3 rounded-2xl border border-accent-300 bg-accent-50 p-6 sm:p-8"
        >
          <PartyPopper aria-hidden="true" className="size-10 text-accent-700" />
          <h2 id="all-done-title" className="text-2xl font-bold text-stone-900">
            {t("home.allDoneTitle")}
          </h2>
          <p className="max-w-prose text-stone-800">{t("home.allDoneBody", { org: orgName })}</p>
        </section>
      )}

      {completed.length > 0 && (
        <section aria-labelledby="completed-title" className="flex flex-col gap-3">
          <h2 id="completed-title" className="text-xl font-semibold text-stone-900">
            {t("home.completedTitle")}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {completed.map((program) => {
              const title = displayText(program.title, lang);
              return (
                <li
                  key={program.id}
                  className="flex items-start gap-4 rounded-2xl border border-accent-200 bg-accent-50 p-5"
                >
                  <CircleCheckBig aria-hidden="true" className="size-9 shrink-0 text-accent-700" />
                  <div className="flex min-w-0 flex-col gap-2">
                    <h3 className="text-lg font-semibold break-words text-stone-900">{title}</h3>
                    <p className="text-stone-800">{t("home.completedBody", { program: title })}</p>
                    <TextLink href={`${programPath(program)}/growth`} className="self-start">
                      {t("home.completedGrowth")}
                      <span className="sr-only">: {title}</span>
                    </TextLink>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {!current && completed.length === 0 && (
        <EmptyState
          titleId="nothing-title"
          title={t("home.emptyTitle")}
          icon={<BookOpen aria-hidden="true" className="size-7 text-accent-700" />}
          actions={
            <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-6">
              <Link href={paths.challenge} className={buttonClasses("primary")}>
                <Target aria-hidden="true" className="size-5" />
                {t("home.emptyChallenge")}
              </Link>
              <TextLink href={paths.library}>{t("myPrograms.empty.action")}</TextLink>
            </div>
          }
        >
          {t("home.emptyBody", { org: orgName })}
        </EmptyState>
      )}

      <p>
        <TextLink href={paths.learn} className="inline-flex items-center gap-1">
          {t("home.action")}
          <ChevronRight aria-hidden="true" className="size-4" />
        </TextLink>
      </p>
    </>
  );
}
