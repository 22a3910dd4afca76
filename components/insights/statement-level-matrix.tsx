// Every statement × level of a group in one view (issue 18): a row per statement with one stacked
// bar in the ordered level ramp, the number of answers and how the figure moved since the earliest
// month that had one; one table for the whole view instead of a toggle per statement. Figures come
// from the published snapshots with the privacy rules applied (ADR 014): a hidden one shows no
// number at all, only why.
import { TextLink } from "@/components/ui/link";
import { formatPercent } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import { levels, type Distribution, type HiddenReason } from "@/lib/insights/minimum-group";
import type { InsightProgram } from "@/lib/insights/program-statements";
import type { TrendMonth } from "@/lib/insights/published-distributions";
import { trendChange } from "@/lib/insights/trend-change";
import { displayText } from "@/lib/programs/program-texts";
import { HiddenFiguresNote } from "./hidden-figures-note";
import { LevelBarList, type LevelBarRow } from "./level-bar-list";
import { LevelLegend } from "./level-legend";

type Props = {
  lang: Language;
  programs: InsightProgram[];
  distributions: Map<string, Distribution>;
  /** Optional: without it, no "since" sentence. */
  trend?: TrendMonth[];
  k: number;
  idPrefix: string;
  /** The whole view as one table instead of bars (the page's ?ratings=table). */
  asTable: boolean;
  tableHref: string;
  chartHref: string;
};

export function StatementLevelMatrix({
  lang,
  programs,
  distributions,
  trend = [],
  k,
  idPrefix,
  asTable,
  tableHref,
  chartHref,
}: Props) {
  const t = getT(lang, "insights");
  const month = new Intl.DateTimeFormat(languageTags[lang], { month: "long", timeZone: "UTC" });
  const day = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "UTC" });
  const reasons = new Set<HiddenReason>();
  let newest: Date | null = null;
  for (const program of programs)
    for (const statement of program.statements) {
      const figure = distributions.get(statement.id);
      if (!figure?.shown) reasons.add(figure?.reason ?? "notYet");
      else if (!newest || figure.asOf > newest) newest = figure.asOf;
    }
  const levelNames = levels.map((level) => t(`levels.${level}`));
  return (
    <div className="flex flex-col gap-4">
      <LevelLegend lang={lang} />
      <HiddenFiguresNote lang={lang} reasons={reasons} k={k} />
      {newest && (
        <p className="text-sm text-stone-700">{t("distribution.asOf", { date: day.format(newest) })}</p>
      )}
      {/* One table for the whole view, on request: sent only when it is what the page shows. */}
      <p className="print:hidden">
        <TextLink href={asTable ? chartHref : tableHref}>
          {t(asTable ? "distribution.showChart" : "distribution.showTable")}
        </TextLink>
      </p>
      {asTable ? (
        <div className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white p-4">
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm" id={`${idPrefix}-table`}>
            <caption className="sr-only">{t("distribution.tableCaption")}</caption>
            <thead className="border-b border-stone-300">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {t("trend.statement")}
                </th>
                {levels.map((level, index) => (
                  <th key={level} scope="col" className="px-2 py-2 text-right font-semibold">
                    {level}. {levelNames[index]}
                  </th>
                ))}
                <th scope="col" className="py-2 pl-2 text-right font-semibold">
                  {t("distribution.people")}
                </th>
              </tr>
            </thead>
            <tbody>
              {programs.flatMap((program) =>
                program.statements.map((statement) => {
                  const figure = distributions.get(statement.id);
                  return (
                    <tr key={statement.id} className="border-b border-stone-200 align-top last:border-0">
                      <th scope="row" className="py-2 pr-3 font-normal">
                        {displayText(statement.text, lang)}
                      </th>
                      {figure?.shown ? (
                        <>
                          {figure.counts.map((count, index) => (
                            <td key={index} className="px-2 py-2 text-right tabular-nums">
                              {count}
                            </td>
                          ))}
                          <td className="py-2 pl-2 text-right tabular-nums">{figure.total}</td>
                        </>
                      ) : (
                        <td colSpan={5} className="py-2 pl-2 text-stone-700">
                          {t("distribution.tooFew")}
                        </td>
                      )}
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </div>
      ) : (
        <>
          {programs.map((program) => (
            <div key={program.id} className="rounded-2xl border border-stone-200 bg-white p-4 sm:p-5">
              <h3 className="text-lg font-semibold text-stone-900">{displayText(program.title, lang)}</h3>
              <LevelBarList
                levelNames={levelNames}
                chartTitle={t("distribution.chartTitle", { statement: "{statement}" })}
                rows={program.statements.map((statement): LevelBarRow => {
                  const text = displayText(statement.text, lang);
                  const figure = distributions.get(statement.id);
                  // Why, in full, once above (HiddenFiguresNote); here only the short words.
                  if (!figure?.shown)
                    return {
                      id: statement.id,
                      text,
                      counts: null,
                      note: t(`distribution.hidden.${figure?.reason ?? "notYet"}Short`),
                    };
                  const change = trendChange(trend, statement.id, figure);
                  const answers = t("distribution.answers", { count: figure.total });
                  return {
                    id: statement.id,
                    text,
                    counts: [...figure.counts],
                    answers,
                    note: change
                      ? `${answers} · ${t("distribution.change", {
                          from: formatPercent(lang, change.from),
                          to: formatPercent(lang, change.to),
                          month: month.format(new Date(`${change.fromMonth}T00:00:00Z`)),
                        })}`
                      : answers,
                  };
                })}
              />
            </div>
          ))}
        </>
      )}
    </div>
  );
}
