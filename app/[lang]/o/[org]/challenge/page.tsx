import { ChevronLeft, ChevronRight, Download, Flame, Lock, Sparkles } from "@/components/ui/icons";
import type { Metadata } from "next";
import { AttemptForm } from "@/components/challenge/attempt-form";
import { AttemptList } from "@/components/challenge/attempt-list";
import { GoalForm } from "@/components/challenge/goal-form";
import { NoChart } from "@/components/challenge/no-chart";
import { ToggleSwitch } from "@/components/account/toggle-switch";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { addAttemptAction } from "@/lib/actions/challenge/add-attempt";
import { deleteAttemptAction } from "@/lib/actions/challenge/delete-attempt";
import { saveGoalAction } from "@/lib/actions/challenge/save-goal";
import { setShareCountAction } from "@/lib/actions/challenge/set-share-count";
import { updateAttemptAction } from "@/lib/actions/challenge/update-attempt";
import { todayIso } from "@/lib/challenge/challenge-dates";
import { getChallengePage } from "@/lib/challenge/get-challenge";
import { goalProgress } from "@/lib/challenge/goal-progress";
import { weeklyNoSeries } from "@/lib/challenge/weekly-chart";
import { weeklyStreak } from "@/lib/challenge/weekly-streak";
import { z } from "zod";
import { readPage, type RouteSearchParams } from "@/lib/pages/read-page";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ lang: string; org: string }>; searchParams: RouteSearchParams };

const loadChallenge = readPage({
  permission: workspacePages.challenge.permission,
  params: z.object({}),
  // A stale or odd ?page= shows the first page; one past the end shows the last (getChallengePage).
  search: z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) }),
  path: () => workspacePages.challenge.segment,
  run: ({ tx, ctx, search }) => getChallengePage({ tx, ctx, page: search.page }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "challenge")("metaTitle") };
}

export default async function ChallengePage({ params, searchParams }: Props) {
  const {
    lang,
    ctx,
    data: { goal, marks, yeses, attempts, total, page, pageCount },
  } = await loadChallenge(params, searchParams);
  const path = workspacePath(lang, ctx.orgSlug, "challenge");
  const t = getT(lang, "challenge");
  const today = todayIso();
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const progress = goal ? goalProgress(goal, today) : null;
  const streak = weeklyStreak(
    marks.map((attempt) => attempt.occurredOn),
    today,
  );
  const oldest = marks.reduce<string | undefined>(
    (first, attempt) => (first === undefined || attempt.occurredOn < first ? attempt.occurredOn : first),
    undefined,
  );
  const chartFrom = goal && goal.startsOn <= today ? goal.startsOn : (oldest ?? today);
  const chartTo = goal && goal.endsOn < today && goal.startsOn <= today ? goal.endsOn : today;
  const points = weeklyNoSeries(marks, chartFrom <= chartTo ? chartFrom : chartTo, chartTo);
  const scope = { lang, orgSlug: ctx.orgSlug };
  // Back to the log's heading, not the top of the page: paging is reading on in the list.
  const pageHref = (target: number) => `${path}${target > 1 ? `?page=${target}` : ""}#list-title`;
  // "uke 38–50", "weeks 38–50": the word once, before the range (docs/glossary.md).
  const weekSpan = (from: number, to: number) =>
    from === to ? t("chart.oneWeek", { week: from }) : t("chart.weeks", { from, to });

  return (
    <div className="flex flex-col gap-10">
      <header className="max-w-2xl">
        <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-3 text-lg text-stone-700">{t("lead")}</p>
        <p className="mt-3 flex items-start gap-2 text-stone-700">
          <Lock aria-hidden="true" className="mt-1 size-4 shrink-0 text-accent-700" />
          {t("privacy")}
        </p>
      </header>

      {goal && progress ? (
        <section
          aria-labelledby="goal-title"
          className="flex flex-col gap-5 rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
        >
          <h2 id="goal-title" className="text-xl font-semibold text-stone-900">
            {t("progress.title")}
          </h2>
          <ProgressBar
            label={t("progress.label")}
            value={progress.count}
            max={progress.target}
            valueText={t("progress.valueText", { count: progress.count, target: progress.target })}
          />
          <p className="text-stone-700">
            {progress.reached
              ? t("progress.reached", { count: progress.count })
              : t(`progress.${progress.phase}`, {
                  remaining: progress.remaining,
                  count: progress.daysLeft,
                  start: formatDate(goal.startsOn),
                  end: formatDate(goal.endsOn),
                })}
          </p>
          <dl className="grid gap-3 sm:grid-cols-3">
            <div className="rounded-xl bg-stone-50 p-4">
              <dt className="flex items-center gap-2 text-sm text-stone-700">
                <Flame aria-hidden="true" className="size-4 text-accent-700" />
                {t("streak.label")}
              </dt>
              <dd className="mt-1 text-lg font-semibold text-stone-900">
                {t("streak.current", { count: streak.current })}
              </dd>
              <dd className="text-sm text-stone-700">
                {streak.current > 0 && !streak.thisWeekDone
                  ? t("streak.keepItUp")
                  : t("streak.longest", { count: streak.longest })}
              </dd>
            </div>
            <div className="rounded-xl bg-stone-50 p-4">
              <dt className="flex items-center gap-2 text-sm text-stone-700">
                <Sparkles aria-hidden="true" className="size-4 text-accent-700" />
                {t("yeses.label")}
              </dt>
              <dd className="mt-1 text-lg font-semibold text-stone-900">
                {t("yeses.count", { count: yeses.length })}
              </dd>
            </div>
            <div className="rounded-xl bg-stone-50 p-4">
              <dt className="text-sm text-stone-700">{t("progress.period")}</dt>
              <dd className="mt-1 font-semibold text-stone-900">
                {t("progress.range", { start: formatDate(goal.startsOn), end: formatDate(goal.endsOn) })}
              </dd>
            </div>
          </dl>
          <ToggleSwitch
            lang={lang}
            orgSlug={ctx.orgSlug}
            action={setShareCountAction}
            label={t("share.label")}
            description={t("share.description")}
            checked={goal.shareCountWithTeams}
          />
          <details className="rounded-xl border border-stone-200 p-4">
            <summary className="cursor-pointer font-medium text-accent-800 focus-visible:outline-3 focus-visible:outline-accent-600">
              {t("goal.change")}
            </summary>
            <div className="mt-4">
              <GoalForm {...scope} action={saveGoalAction} today={today} goal={goal} />
            </div>
          </details>
        </section>
      ) : (
        <section
          aria-labelledby="goal-title"
          className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
        >
          <h2 id="goal-title" className="text-xl font-semibold text-stone-900">
            {t("goal.title")}
          </h2>
          <p className="text-stone-700">{t("goal.lead")}</p>
          <GoalForm {...scope} action={saveGoalAction} today={today} goal={null} />
        </section>
      )}

      <section
        aria-labelledby="log-title"
        className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
      >
        <h2 id="log-title" className="text-xl font-semibold text-stone-900">
          {t("form.title")}
        </h2>
        <AttemptForm {...scope} action={addAttemptAction} today={today} />
      </section>

      {total > 0 && (
        <section aria-labelledby="chart-title" className="flex flex-col gap-4">
          <h2 id="chart-title" className="text-xl font-semibold text-stone-900">
            {t("chart.title")}
          </h2>
          <NoChart
            points={points}
            title={t("chart.title")}
            summary={t("chart.summary", {
              count: points.at(-1)?.cumulative ?? 0,
              weeks: weekSpan(points[0]?.week ?? 0, points.at(-1)?.week ?? 0),
            })}
            labels={{
              week: t("chart.weekColumn"),
              nos: t("chart.nosColumn"),
              cumulative: t("chart.cumulativeColumn"),
              showTable: t("chart.showTable"),
            }}
            weekLabel={(week) => t("chart.week", { week })}
          />
        </section>
      )}

      {yeses.length > 0 && (
        <section aria-labelledby="yeses-title" className="flex flex-col gap-3">
          <h2 id="yeses-title" className="text-xl font-semibold text-stone-900">
            {t("yeses.title")}
          </h2>
          <p className="text-stone-700">{t("yeses.lead")}</p>
          <ul className="flex flex-col gap-2">
            {yeses.map((attempt) => (
              <li key={attempt.id} className="rounded-xl border border-joy-200 bg-joy-50 p-4">
                <p className="text-sm text-stone-700">{formatDate(attempt.occurredOn)}</p>
                <p className="font-medium break-words text-stone-900">{attempt.ask}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="list-title" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="list-title" className="text-xl font-semibold text-stone-900">
            {t("list.title", { count: total })}
          </h2>
          {total > 0 && (
            <a href={`${path}/export`} download className={buttonClasses("secondary", "sm")}>
              <Download aria-hidden="true" className="size-4" />
              {t("list.export")}
            </a>
          )}
        </div>
        {total === 0 ? (
          <EmptyState>{t("list.empty")}</EmptyState>
        ) : (
          <AttemptList
            {...scope}
            today={today}
            attempts={attempts}
            updateAction={updateAttemptAction}
            deleteAction={deleteAttemptAction}
          />
        )}
        {pageCount > 1 && (
          <nav aria-label={t("list.pages")} className="flex flex-wrap items-center justify-between gap-3">
            {page > 1 ? (
              <TextLink href={pageHref(page - 1)} className="inline-flex min-h-11 items-center gap-1">
                <ChevronLeft aria-hidden="true" className="size-4" />
                {t("list.previous")}
              </TextLink>
            ) : (
              <span />
            )}
            <p className="text-stone-700">{t("list.page", { page, count: pageCount })}</p>
            {page < pageCount ? (
              <TextLink href={pageHref(page + 1)} className="inline-flex min-h-11 items-center gap-1">
                {t("list.next")}
                <ChevronRight aria-hidden="true" className="size-4" />
              </TextLink>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
