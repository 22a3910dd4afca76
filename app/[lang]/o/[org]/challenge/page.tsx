import { Download, Flame, Lock, Sparkles } from "lucide-react";
import type { Metadata } from "next";
import { AttemptForm } from "@/components/challenge/attempt-form";
import { AttemptList } from "@/components/challenge/attempt-list";
import { GoalForm } from "@/components/challenge/goal-form";
import { NoChart } from "@/components/challenge/no-chart";
import { ToggleSwitch } from "@/components/account/toggle-switch";
import { buttonClasses } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { addAttemptAction } from "@/lib/actions/challenge/add-attempt";
import { deleteAttemptAction } from "@/lib/actions/challenge/delete-attempt";
import { saveGoalAction } from "@/lib/actions/challenge/save-goal";
import { setShareCountAction } from "@/lib/actions/challenge/set-share-count";
import { updateAttemptAction } from "@/lib/actions/challenge/update-attempt";
import { todayIso } from "@/lib/challenge/challenge-dates";
import { getChallenge } from "@/lib/challenge/get-challenge";
import { goalProgress } from "@/lib/challenge/goal-progress";
import { weeklyNoSeries } from "@/lib/challenge/weekly-chart";
import { weeklyStreak } from "@/lib/challenge/weekly-streak";
import { z } from "zod";
import { readPage } from "@/lib/pages/read-page";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";

type Props = { params: Promise<{ lang: string; org: string }> };

const loadChallenge = readPage({
  permission: workspacePages.challenge.permission,
  params: z.object({}),
  path: () => workspacePages.challenge.segment,
  run: ({ tx, ctx }) => getChallenge({ tx, ctx }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "challenge")("metaTitle") };
}

export default async function ChallengePage({ params }: Props) {
  const {
    lang,
    ctx,
    data: { goal, attempts },
  } = await loadChallenge(params);
  const path = workspacePath(lang, ctx.orgSlug, "challenge");
  const t = getT(lang, "challenge");
  const today = todayIso();
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const progress = goal ? goalProgress(goal, today) : null;
  const streak = weeklyStreak(
    attempts.map((attempt) => attempt.occurredOn),
    today,
  );
  const yeses = attempts.filter((attempt) => attempt.outcome === "yes");
  const chartFrom = goal && goal.startsOn <= today ? goal.startsOn : (attempts.at(-1)?.occurredOn ?? today);
  const chartTo = goal && goal.endsOn < today && goal.startsOn <= today ? goal.endsOn : today;
  const points = weeklyNoSeries(attempts, chartFrom <= chartTo ? chartFrom : chartTo, chartTo);
  const scope = { lang, orgSlug: ctx.orgSlug };
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

      {attempts.length > 0 && (
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
              <li key={attempt.id} className="rounded-xl border border-amber-200 bg-amber-50 p-4">
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
            {t("list.title", { count: attempts.length })}
          </h2>
          {attempts.length > 0 && (
            <a href={`${path}/export`} download className={buttonClasses("secondary", "sm")}>
              <Download aria-hidden="true" className="size-4" />
              {t("list.export")}
            </a>
          )}
        </div>
        {attempts.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-stone-700">
            {t("list.empty")}
          </p>
        ) : (
          <AttemptList
            {...scope}
            today={today}
            attempts={attempts}
            updateAction={updateAttemptAction}
            deleteAction={deleteAttemptAction}
          />
        )}
      </section>
    </div>
  );
}
