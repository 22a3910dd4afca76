import { BookOpen, CalendarClock, ChevronRight, LibraryBig, TriangleAlert } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { CompletedBadge } from "@/components/learning/completed-badge";
import { DueSoonNotice } from "@/components/learning/due-soon-notice";
import { explainProgress } from "@/components/learning/progress-text";
import { ProgramCover } from "@/components/programs/program-cover";
import { TotalTime } from "@/components/programs/total-time";
import { buttonClasses } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { todayIso } from "@/lib/challenge/challenge-dates";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { dueSoon } from "@/lib/learning/due-soon";
import { loadMyProgramsPage, nextItemPath } from "@/lib/learning/learner-page";
import { workspacePath } from "@/lib/orgs/workspace-pages";
import { displayText } from "@/lib/programs/program-texts";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ lang: string; org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "learning")("myPrograms.metaTitle") };
}

/** The learner's home in a workspace: every published program assigned to them, with progress. */
export default async function MyProgramsPage({ params }: Props) {
  const {
    lang,
    ctx,
    data: { now, programs },
  } = await loadMyProgramsPage(params);
  const t = getT(lang, "learning");
  const learnPath = workspacePath(lang, ctx.orgSlug, "learn");
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "long", timeZone: "UTC" });
  // A due date is a day: overdue from the day after it, by the calendar in Oslo (as the notice).
  const today = todayIso(now);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("myPrograms.title")} description={t("myPrograms.lead", { org: ctx.orgName })} />
      <DueSoonNotice lang={lang} items={dueSoon(programs, now)} learnPath={learnPath} now={now} />
      {programs.length === 0 ? (
        <EmptyState
          titleId="no-programs"
          title={t("myPrograms.empty.title")}
          icon={<BookOpen aria-hidden="true" className="size-7 text-accent-700" />}
          actions={
            <Link href={`/${lang}/library`} className={buttonClasses("secondary")}>
              <LibraryBig aria-hidden="true" className="size-5" />
              {t("myPrograms.empty.action")}
            </Link>
          }
        >
          {t("myPrograms.empty.body", { org: ctx.orgName })}
        </EmptyState>
      ) : (
        <section aria-labelledby="my-programs-list" className="flex flex-col gap-4">
          <h2 id="my-programs-list" className="sr-only">
            {t("myPrograms.count", { count: programs.length })}
          </h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {programs.map((program) => {
              const title = displayText(program.title, lang);
              const tagline = displayText(program.tagline, lang);
              const programPath = `${learnPath}/${program.id}`;
              const due = program.dueDate ? program.dueDate.toISOString().slice(0, 10) : null;
              const overdue = due !== null && due < today && !program.progress.complete;
              const action = program.progress.complete
                ? { href: programPath, label: t("myPrograms.open") }
                : {
                    href: nextItemPath(programPath, program.next),
                    label: program.started ? t("myPrograms.continue") : t("myPrograms.start"),
                  };
              return (
                <li
                  key={program.id}
                  className="flex flex-col overflow-hidden rounded-2xl border border-stone-200 bg-white"
                >
                  <ProgramCover seed={program.coverSeed} className="h-20 w-full sm:h-24" />
                  <div className="flex flex-1 flex-col gap-4 p-5 sm:p-6">
                    <div>
                      <h3 className="text-xl font-semibold break-words text-stone-900">
                        <Link
                          href={programPath}
                          className="rounded-sm underline decoration-accent-300 underline-offset-4 hover:text-accent-800 hover:decoration-accent-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
                        >
                          {title}
                        </Link>
                      </h3>
                      {tagline && <p className="mt-1 text-stone-700">{tagline}</p>}
                      <TotalTime lang={lang} minutes={program.minutes[lang]} className="mt-2" />
                    </div>
                    {program.progress.complete ? (
                      <CompletedBadge label={t("myPrograms.completed")} />
                    ) : (
                      <ProgressBar
                        label={t("myPrograms.progressLabel")}
                        value={program.progress.done}
                        max={Math.max(program.progress.total, 1)}
                        valueText={explainProgress(t, program.parts)}
                      />
                    )}
                    {program.dueDate &&
                      (overdue ? (
                        <p className="inline-flex items-start gap-2 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-semibold text-red-900">
                          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                          {t("myPrograms.overdue", { date: date.format(program.dueDate) })}
                        </p>
                      ) : (
                        <p className="inline-flex items-start gap-2 text-sm text-stone-700">
                          <CalendarClock
                            aria-hidden="true"
                            className="mt-0.5 size-4 shrink-0 text-accent-700"
                          />
                          {t("myPrograms.due", { date: date.format(program.dueDate) })}
                        </p>
                      ))}
                    <Link
                      href={action.href}
                      className={`${buttonClasses(program.progress.complete ? "secondary" : "primary")} mt-auto self-start`}
                    >
                      {action.label}
                      <span className="sr-only">: {title}</span>
                      <ChevronRight aria-hidden="true" className="size-5" />
                    </Link>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
