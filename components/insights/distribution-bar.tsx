// One statement's distribution as a stacked bar: an SVG with <title>/<desc>, the counts in words
// beside it, the night it was published and a table on demand. A hidden figure says so, and why,
// in words and shows no number at all (ADR 014).
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import { levelPercentages, levels, type Distribution } from "@/lib/insights/minimum-group";
import { hiddenIcons } from "./hidden-figures-note";
import { levelColors } from "./level-colors";

type Props = {
  lang: Language;
  /** Unique on the page: names the chart's title and description. */
  chartId: string;
  statement: string;
  distribution: Distribution | undefined;
};

export function DistributionBar({ lang, chartId: id, statement, distribution }: Props) {
  const t = getT(lang, "insights");
  if (!distribution?.shown) {
    const reason = distribution?.reason ?? "notYet";
    const Icon = hiddenIcons[reason];
    // The short words here; the full reason once above the statements (HiddenFiguresNote).
    return (
      <div className="flex flex-col gap-2">
        <p className="font-medium text-stone-900">{statement}</p>
        <p className="flex items-start gap-2 rounded-lg border border-dashed border-stone-300 bg-stone-50 px-3 py-2 text-sm text-stone-700">
          <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-500" />
          {t(`distribution.hidden.${reason}Short`)}
        </p>
      </div>
    );
  }
  const asOf = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "UTC" }).format(
    distribution.asOf,
  );
  const percentages = levelPercentages(distribution.counts);
  const parts = levels.map((level, index) => ({
    level,
    count: distribution.counts[index]!,
    percent: percentages[index]!,
    name: t(`levels.${level}`),
  }));
  const summary = parts
    .map((part) =>
      t("distribution.levelCount", { level: part.name, count: part.count, percent: part.percent }),
    )
    .join(", ");
  // Each segment starts where the ones before it end.
  const segments = parts.map((part, index) => ({
    ...part,
    x: parts.slice(0, index).reduce((sum, before) => sum + (before.count / distribution.total) * 100, 0),
    width: (part.count / distribution.total) * 100,
  }));
  return (
    <div className="flex flex-col gap-2 break-inside-avoid">
      <p className="font-medium text-stone-900">{statement}</p>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox="0 0 100 8"
        preserveAspectRatio="none"
        className="h-6 w-full overflow-hidden rounded-md print:[print-color-adjust:exact]"
      >
        <title id={`${id}-title`}>{t("distribution.chartTitle", { statement })}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {segments.map((part) =>
          part.width > 0 ? (
            <rect
              key={part.level}
              x={part.x}
              y={0}
              width={part.width}
              height={8}
              fill={levelColors[part.level]}
            />
          ) : null,
        )}
      </svg>
      <p className="text-sm text-stone-700">
        {t("distribution.answers", { count: distribution.total })} ·{" "}
        {parts.map((part) => `${part.level}: ${part.count}`).join(" · ")}
      </p>
      <p className="text-xs text-stone-600">{t("distribution.asOf", { date: asOf })}</p>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent-800 underline underline-offset-2">
          {t("distribution.showTable")}
        </summary>
        <table className="mt-2 w-full max-w-md border-collapse text-left">
          <caption className="sr-only">{t("distribution.chartTitle", { statement })}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("distribution.level")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("distribution.people")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("distribution.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part.level} className="border-b border-stone-200">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {part.level}. {part.name}
                </th>
                <td className="py-1 pr-3">{part.count}</td>
                <td className="py-1">{t("team.percent", { percent: part.percent })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
