import type { WeekPoint } from "@/lib/challenge/weekly-chart";

type Props = {
  points: WeekPoint[];
  title: string;
  /** One sentence that says what the chart shows (its accessible description). */
  summary: string;
  labels: { week: string; nos: string; cumulative: string; showTable: string };
  /** "Week 47" in the page's language. */
  weekLabel: (week: number) => string;
};

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 16, right: 16, bottom: 36, left: 44 };

/** A round upper bound for the y axis (1, 2, 5, 10, 20, 50 …). */
function niceMax(value: number): number {
  if (value <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Cumulative "no"s per week as a line with a marker on every week that added some: one dark colour
 * that reads for every kind of colour vision, values also as text (axis labels, the description)
 * and as a table for screen readers and anyone who prefers numbers.
 */
export function NoChart({ points, title, summary, labels, weekLabel }: Props) {
  const max = niceMax(Math.max(...points.map((point) => point.cumulative), 0));
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (points.length <= 1 ? innerWidth / 2 : (index / (points.length - 1)) * innerWidth);
  const y = (value: number) => PAD.top + innerHeight - (value / max) * innerHeight;
  const ticks = [0, max / 2, max];
  const xLabelIndexes = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])];
  const path = points
    .map((point, index) => `${index === 0 ? "M" : "L"}${x(index)},${y(point.cumulative)}`)
    .join(" ");
  return (
    // The caption first: a figure's caption is its first or last child, and the table follows the chart.
    <figure className="flex flex-col gap-3">
      <figcaption className="text-sm text-stone-700">{summary}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="no-chart-title no-chart-summary"
        className="h-auto w-full max-w-2xl"
      >
        <title id="no-chart-title">{title}</title>
        <desc id="no-chart-summary">{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="#d6d3d1"
              strokeDasharray={tick ? "4 4" : undefined}
            />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="#44403c">
              {tick}
            </text>
          </g>
        ))}
        {xLabelIndexes.map((index) => (
          <text
            key={index}
            x={x(index)}
            y={HEIGHT - 12}
            // The last week's label ends at the plot's right edge: centred, it ran past the viewBox.
            textAnchor={points.length > 1 && index === points.length - 1 ? "end" : "middle"}
            fontSize="12"
            fill="#44403c"
          >
            {weekLabel(points[index]?.week ?? 0)}
          </text>
        ))}
        <path d={path} fill="none" stroke="#174f44" strokeWidth="3" strokeLinejoin="round" />
        {points.map((point, index) =>
          point.nos > 0 ? (
            <circle
              key={point.weekStart}
              cx={x(index)}
              cy={y(point.cumulative)}
              r="5"
              fill="#fff"
              stroke="#174f44"
              strokeWidth="2.5"
            />
          ) : null,
        )}
      </svg>
      <details className="rounded-lg border border-stone-200 bg-white p-3">
        <summary className="cursor-pointer font-medium text-accent-800 focus-visible:outline-3 focus-visible:outline-accent-600">
          {labels.showTable}
        </summary>
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-1 pr-4">
                {labels.week}
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                {labels.nos}
              </th>
              <th scope="col" className="py-1 text-right">
                {labels.cumulative}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.weekStart} className="border-b border-stone-100">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {weekLabel(point.week)} ({point.weekStart})
                </th>
                <td className="py-1 pr-4 text-right">{point.nos}</td>
                <td className="py-1 text-right">{point.cumulative}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
