import type { TFunction } from "i18next";
import type { LevelSnapshot } from "@/lib/learning/growth";
import { levelNameKey, levels, type Level } from "@/lib/learning/levels";

// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), each with its own
// pattern, and the count written in the segment: the chart never relies on colour alone.
const LEVEL_STYLE: Record<
  Level,
  { fill: string; text: string; pattern: "dots" | "diagonal" | "cross" | "none" }
> = {
  1: { fill: "#E69F00", text: "#1c1917", pattern: "dots" },
  2: { fill: "#56B4E9", text: "#1c1917", pattern: "diagonal" },
  3: { fill: "#009E73", text: "#1c1917", pattern: "cross" },
  4: { fill: "#0072B2", text: "#ffffff", pattern: "none" },
};

const BAR = 44;
const GAP = 28;
const TOP = 12;
const PLOT_HEIGHT = 200;
const LEFT = 36;
const BOTTOM = 44;

function PatternDefs({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern id={`${idPrefix}-dots`} width="8" height="8" patternUnits="userSpaceOnUse">
        <circle cx="4" cy="4" r="1.6" fill="#1c1917" fillOpacity="0.45" />
      </pattern>
      <pattern
        id={`${idPrefix}-diagonal`}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="8" stroke="#1c1917" strokeOpacity="0.4" strokeWidth="2" />
      </pattern>
      <pattern id={`${idPrefix}-cross`} width="8" height="8" patternUnits="userSpaceOnUse">
        <path d="M0 4H8M4 0V8" stroke="#1c1917" strokeOpacity="0.35" strokeWidth="1.5" />
      </pattern>
    </defs>
  );
}

/**
 * How many statements sat at each level at the end of each day the learner rated: stacked bars in
 * an SVG with a title and description, followed by the same numbers as a table.
 */
export function GrowthChart({
  snapshots,
  statementCount,
  formatDay,
  t,
}: {
  snapshots: LevelSnapshot[];
  statementCount: number;
  formatDay: (day: string) => string;
  t: TFunction<"learning">;
}) {
  const max = Math.max(statementCount, 1);
  const width = LEFT + snapshots.length * (BAR + GAP) + GAP;
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const scale = (count: number) => (count / max) * PLOT_HEIGHT;
  const idPrefix = "growth";
  return (
    <figure className="flex flex-col gap-4">
      <figcaption className="text-lg font-semibold text-stone-900">{t("growth.chartTitle")}</figcaption>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-stone-800" aria-hidden="true">
        {levels.map((level) => (
          <li key={level} className="inline-flex items-center gap-2">
            <svg width="18" height="18" viewBox="0 0 18 18">
              <PatternDefs idPrefix={`legend-${level}`} />
              <rect width="18" height="18" rx="3" fill={LEVEL_STYLE[level].fill} />
              {LEVEL_STYLE[level].pattern !== "none" && (
                <rect
                  width="18"
                  height="18"
                  rx="3"
                  fill={`url(#legend-${level}-${LEVEL_STYLE[level].pattern})`}
                />
              )}
            </svg>
            {level} · {t(levelNameKey(level))}
          </li>
        ))}
      </ul>
      <div className="relative overflow-x-auto">
        <svg
          role="img"
          aria-labelledby="growth-chart-title growth-chart-desc"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="max-w-none"
        >
          <title id="growth-chart-title">{t("growth.chartTitle")}</title>
          <desc id="growth-chart-desc">{t("growth.chartDescription")}</desc>
          <PatternDefs idPrefix={idPrefix} />
          <line x1={LEFT} y1={TOP + PLOT_HEIGHT} x2={width} y2={TOP + PLOT_HEIGHT} stroke="#78716c" />
          <text
            x={LEFT - 8}
            y={TOP + PLOT_HEIGHT}
            textAnchor="end"
            dominantBaseline="middle"
            fontSize="12"
            fill="#44403c"
          >
            0
          </text>
          <text x={LEFT - 8} y={TOP} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#44403c">
            {statementCount}
          </text>
          {snapshots.map((snapshot, index) => {
            const x = LEFT + GAP + index * (BAR + GAP);
            let y = TOP + PLOT_HEIGHT;
            return (
              <g key={snapshot.day}>
                {levels.map((level) => {
                  const count = snapshot.counts[level];
                  if (count === 0) return null;
                  const h = scale(count);
                  y -= h;
                  const style = LEVEL_STYLE[level];
                  return (
                    <g key={level}>
                      <rect
                        x={x}
                        y={y}
                        width={BAR}
                        height={h}
                        fill={style.fill}
                        stroke="#ffffff"
                        strokeWidth="1"
                      />
                      {style.pattern !== "none" && (
                        <rect
                          x={x}
                          y={y}
                          width={BAR}
                          height={h}
                          fill={`url(#${idPrefix}-${style.pattern})`}
                        />
                      )}
                      {h >= 16 && (
                        <text
                          x={x + BAR / 2}
                          y={y + h / 2}
                          textAnchor="middle"
                          dominantBaseline="central"
                          fontSize="13"
                          fontWeight="700"
                          fill={style.text}
                          paintOrder="stroke"
                          stroke={style.text === "#ffffff" ? "#0072B2" : "#ffffff"}
                          strokeWidth="3"
                        >
                          {count}
                        </text>
                      )}
                    </g>
                  );
                })}
                <text
                  x={x + BAR / 2}
                  y={TOP + PLOT_HEIGHT + 18}
                  textAnchor="middle"
                  fontSize="12"
                  fill="#44403c"
                >
                  {formatDay(snapshot.day)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {/* Its own scroll box: six columns are wider than a phone, the page must not be (issue 19).
          Focusable, so that a keyboard can scroll it too. */}
      <div
        role="region"
        aria-labelledby="growth-table-caption"
        tabIndex={0}
        className="relative max-w-2xl overflow-x-auto rounded-md focus-visible:outline-3 focus-visible:outline-accent-600"
      >
        <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
          <caption id="growth-table-caption" className="mb-2 text-left font-medium text-stone-900">
            {t("growth.tableCaption")}
          </caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("growth.day")}
              </th>
              {levels.map((level) => (
                <th key={level} scope="col" className="px-2 py-2 font-semibold">
                  {t(levelNameKey(level))}
                </th>
              ))}
              <th scope="col" className="px-2 py-2 font-semibold">
                {t("growth.unrated")}
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((snapshot) => (
              <tr key={snapshot.day} className="border-b border-stone-100">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {formatDay(snapshot.day)}
                </th>
                {levels.map((level) => (
                  <td key={level} className="px-2 py-2 tabular-nums">
                    {snapshot.counts[level]}
                  </td>
                ))}
                <td className="px-2 py-2 tabular-nums">{snapshot.unrated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
