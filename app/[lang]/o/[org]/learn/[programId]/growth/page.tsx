import { ArrowDown, ArrowRight, ArrowUp, ChevronLeft } from "@/components/ui/icons";
import type { Metadata } from "next";
import { GrowthChart } from "@/components/learning/growth-chart";
import { LevelTrack, LevelTrackLegend } from "@/components/learning/level-track";
import { TextLink } from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { learnerPaths, loadLearnerGrowthPage } from "@/lib/learning/learner-page";
import { levelNameKey, levels, type Level } from "@/lib/learning/levels";
import { isRatingStale, rateAgainFrom } from "@/lib/learning/staleness";
import { displayText } from "@/lib/programs/program-texts";
import { pageTitleClasses } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ lang: string; org: string; programId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const {
    lang,
    data: { program },
  } = await loadLearnerGrowthPage(params);
  return { title: getT(lang, "learning")("growth.metaTitle", { title: displayText(program.title, lang) }) };
}

/** The learner's own growth: the program's levels over time, and first against now per statement. */
export default async function GrowthPage({ params }: Props) {
  const { lang, ctx, data } = await loadLearnerGrowthPage(params);
  const { program, growth } = data;
  const { programPath } = learnerPaths(lang, ctx, program.id);
  const t = getT(lang, "learning");
  const title = displayText(program.title, lang);
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "UTC" });
  const shortDay = new Intl.DateTimeFormat(languageTags[lang], {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const byId = new Map(growth.statements.map((entry) => [entry.statementId, entry]));
  const now = new Date();
  const levelNames = Object.fromEntries(levels.map((level) => [level, t(levelNameKey(level))])) as Record<
    Level,
    string
  >;

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <TextLink href={programPath} className="inline-flex items-center gap-1 self-start text-sm">
          <ChevronLeft aria-hidden="true" className="size-4" />
          {title}
        </TextLink>
        <h1 className={pageTitleClasses}>{t("growth.title")}</h1>
        <p className="max-w-prose text-lg text-stone-700">{t("growth.lead", { title })}</p>
      </header>

      {growth.overTime.length === 0 ? (
        <EmptyState>{t("growth.empty")}</EmptyState>
      ) : (
        <section className="rounded-2xl border border-stone-200 bg-white p-5 sm:p-6">
          <GrowthChart
            snapshots={growth.overTime}
            statementCount={program.statements.length}
            formatDay={(day) => shortDay.format(new Date(`${day}T00:00:00Z`))}
            t={t}
          />
        </section>
      )}

      <section aria-labelledby="per-statement" className="flex flex-col gap-4">
        <h2 id="per-statement" className="text-2xl font-semibold text-stone-900">
          {t("growth.perStatement")}
        </h2>
        {growth.overTime.length > 0 && (
          <LevelTrackLegend
            firstLabel={t("growth.legendFirst")}
            nowLabel={t("growth.legendNow")}
            levelNames={levelNames}
          />
        )}
        <ol className="flex flex-col gap-4">
          {program.statements.map((statement) => {
            const entry = byId.get(statement.id);
            const first = entry?.first ?? null;
            const current = entry?.current ?? null;
            const change = first && current ? current.level - first.level : 0;
            const Arrow = change > 0 ? ArrowUp : change < 0 ? ArrowDown : ArrowRight;
            return (
              <li key={statement.id} className="rounded-2xl border border-stone-200 bg-white p-5">
                <h3 className="font-semibold break-words text-stone-900">
                  {displayText(statement.text, lang)}
                </h3>
                {first && current ? (
                  <>
                    <LevelTrack first={first.level} current={current.level} />
                    {entry && entry.timeline.length === 1 ? (
                      // One rating has nothing to compare with: no "first → unchanged → now".
                      <p className="mt-2 text-stone-800">
                        {t("growth.ratedOnce", {
                          level: t(levelNameKey(current.level)),
                          date: date.format(current.createdAt),
                        })}
                      </p>
                    ) : (
                      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-800">
                        <span>
                          {t("growth.first", {
                            level: t(levelNameKey(first.level)),
                            date: date.format(first.createdAt),
                          })}
                        </span>
                        <span className="inline-flex items-center gap-1 font-medium text-accent-800">
                          <Arrow aria-hidden="true" className="size-4" />
                          {change > 0
                            ? t("growth.up", { count: change })
                            : change < 0
                              ? t("growth.down", { count: -change })
                              : t("growth.same")}
                        </span>
                        <span>
                          {t("growth.now", {
                            level: t(levelNameKey(current.level)),
                            date: date.format(current.createdAt),
                          })}
                        </span>
                      </p>
                    )}
                    {entry && entry.timeline.length === 1 && (
                      <p className="mt-2 text-sm text-stone-700">
                        {isRatingStale(current.createdAt, program.ratingRefreshDays, now) ? (
                          <>
                            {t("growth.rateAgainNow")}{" "}
                            <TextLink href={`${programPath}/statements/${statement.id}`}>
                              {t("growth.rateAgainLink")}
                              <span className="sr-only">: {displayText(statement.text, lang)}</span>
                            </TextLink>
                          </>
                        ) : (
                          t("growth.rateAgainFrom", {
                            date: date.format(rateAgainFrom(current.createdAt, program.ratingRefreshDays)),
                          })
                        )}
                      </p>
                    )}
                    {entry && entry.timeline.length > 1 && (
                      <details className="mt-2 text-sm">
                        <summary className="cursor-pointer font-medium text-accent-800">
                          {t("growth.timeline")} ({entry.timeline.length})
                        </summary>
                        <ol className="mt-2 flex flex-col gap-1">
                          {entry.timeline.map((rating) => (
                            <li key={rating.createdAt.toISOString()} className="text-stone-700">
                              <time dateTime={rating.createdAt.toISOString()}>
                                {date.format(rating.createdAt)}
                              </time>
                              {": "}
                              {t(levelNameKey(rating.level))}
                            </li>
                          ))}
                        </ol>
                      </details>
                    )}
                  </>
                ) : (
                  <p className="mt-2 text-stone-600">{t("growth.notRated")}</p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
