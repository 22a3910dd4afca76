// A statement's monthly trend as six small stacked columns, one per month; months without a figure
// the privacy rules allow are drawn as an empty outline and named "not shown" in the description
// and the table.
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import { levelPercentages, levels } from "@/lib/insights/minimum-group";
import type { TrendMonth } from "@/lib/insights/published-distributions";
import { levelColors } from "./level-colors";

type Props = { lang: Language; statementId: string; statement: string; trend: TrendMonth[] };

const COLUMN = 14;
const GAP = 6;
const HEIGHT = 30;
/** Room under the columns for the month names. */
const LABEL = 9;

export function TrendChart({ lang, statementId, statement, trend }: Props) {
  const t = getT(lang, "insights");
  const id = `trend-${statementId}`;
  const shortMonth = new Intl.DateTimeFormat(languageTags[lang], { month: "short", timeZone: "UTC" });
  const monthName = new Intl.DateTimeFormat(languageTags[lang], {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const months = trend.map((month) => {
    const distribution = month.byStatement.get(statementId);
    const label = monthName.format(new Date(`${month.month}T00:00:00Z`));
    return { label, short: shortMonth.format(new Date(`${month.month}T00:00:00Z`)), distribution };
  });
  const describe = (distribution: (typeof months)[number]["distribution"]) => {
    if (!distribution?.shown) return t("trend.notShown");
    const percentages = levelPercentages(distribution.counts);
    return levels
      .map((level, index) =>
        t("distribution.levelCount", {
          level: t(`levels.${level}`),
          count: distribution.counts[index],
          percent: percentages[index],
        }),
      )
      .join(", ");
  };
  const width = months.length * (COLUMN + GAP) - GAP;
  return (
    <div className="flex flex-col gap-2 break-inside-avoid sm:flex-row sm:items-center sm:gap-6">
      <p className="text-sm font-medium text-stone-900 sm:w-1/2">{statement}</p>
      <div className="flex flex-col gap-1">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${HEIGHT + LABEL}`}
          width={width * 2}
          height={(HEIGHT + LABEL) * 2}
          className="print:[print-color-adjust:exact]"
        >
          <title id={`${id}-title`}>{t("trend.chartTitle", { statement })}</title>
          <desc id={`${id}-desc`}>
            {months.map((month) => `${month.label}: ${describe(month.distribution)}`).join(". ")}
          </desc>
          {months.map((month, index) => (
            <text
              key={`label-${month.label}`}
              x={index * (COLUMN + GAP) + COLUMN / 2}
              y={HEIGHT + LABEL - 1.5}
              textAnchor="middle"
              fontSize={5.5}
              fill="#44403c"
            >
              {month.short}
            </text>
          ))}
          {months.map((month, index) => {
            const x = index * (COLUMN + GAP);
            if (!month.distribution?.shown)
              return (
                <rect
                  key={month.label}
                  x={x + 0.5}
                  y={0.5}
                  width={COLUMN - 1}
                  height={HEIGHT - 1}
                  fill="none"
                  stroke="#a8a29e"
                  strokeDasharray="2 2"
                />
              );
            const { counts, total } = month.distribution;
            let y = HEIGHT;
            return (
              <g key={month.label}>
                {levels.map((level, levelIndex) => {
                  const height = (counts[levelIndex]! / total) * HEIGHT;
                  y -= height;
                  return height > 0 ? (
                    <rect key={level} x={x} y={y} width={COLUMN} height={height} fill={levelColors[level]} />
                  ) : null;
                })}
              </g>
            );
          })}
        </svg>
        <details className="text-sm">
          <summary className="cursor-pointer text-accent-800 underline underline-offset-2">
            {t("distribution.showTable")}
          </summary>
          <table className="mt-2 border-collapse text-left">
            <caption className="sr-only">{t("trend.chartTitle", { statement })}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("trend.month")}
                </th>
                {levels.map((level) => (
                  <th key={level} scope="col" className="py-1 pr-3 font-medium">
                    {level}. {t(`levels.${level}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.label} className="border-b border-stone-200">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {month.label}
                  </th>
                  {month.distribution?.shown ? (
                    month.distribution.counts.map((count, index) => (
                      <td key={index} className="py-1 pr-3">
                        {count}
                      </td>
                    ))
                  ) : (
                    <td colSpan={4} className="py-1 pr-3 text-stone-700">
                      {t("trend.notShown")}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    </div>
  );
}
