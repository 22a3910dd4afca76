"use client";
// The rows of the statement × level view (StatementLevelMatrix), drawn in the browser's bundle from
// compact figures: a server component would send every bar's markup twice, once as HTML and once
// more in the payload React hydrates from; this one sends numbers. The rows' look is the list's
// class (app/globals.css), not utilities on every row (ADR 028, issue 17 item 4).
import { levels } from "@/lib/insights/minimum-group";

export type LevelBarRow = {
  id: string;
  text: string;
  /** Answers per level 1–4, or null when the figure is hidden (ADR 014). */
  counts: number[] | null;
  /** "19 answers", with the change since the earliest month when there is one; or why it is hidden. */
  note: string;
  /** "19 answers", for the screen-reader label of the bar. */
  answers?: string;
};

export function LevelBarList({
  rows,
  levelNames,
  chartTitle,
}: {
  rows: LevelBarRow[];
  levelNames: string[];
  /** The bar's label, with `{statement}` where the statement goes. */
  chartTitle: string;
}) {
  return (
    <ol className="level-rows mt-3 flex flex-col divide-y divide-stone-200">
      {rows.map(({ id, text, counts, note, answers }) => {
        if (!counts)
          return (
            <li key={id}>
              <span>{text}</span>
              <span className="note">{note}</span>
            </li>
          );
        const total = counts.reduce((sum, count) => sum + count, 0);
        const label = `${chartTitle.replace("{statement}", () => text)}: ${answers}. ${levelNames
          .map((name, index) => `${name}: ${counts[index]}`)
          .join(", ")}`;
        return (
          <li key={id}>
            <span>{text}</span>
            <span className="figure">
              {/* One bar, each level's share of it with its count written in; the label says the
                  same in words for screen readers. */}
              <span role="img" aria-label={label} className="level-bar">
                {levels.map((level, index) => {
                  const count = counts[index] ?? 0;
                  return count > 0 ? (
                    <span
                      key={level}
                      aria-hidden="true"
                      className={`l${level}`}
                      style={{ width: `${Math.round((count / total) * 1000) / 10}%` }}
                    >
                      {count}
                    </span>
                  ) : null;
                })}
              </span>
              <span className="note">{note}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
