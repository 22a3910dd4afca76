// The trend, made readable (issue 18 item 1): instead of six tiny columns per statement, each with
// empty first months, one sentence per statement, "comfortable or better: 33 % in August → 56 %
// now", read from the same published figures as before (ADR 014). Months without a figure are
// skipped, never drawn. Pure: shared with unit tests.
import type { Distribution } from "./minimum-group";

type TrendLike = { month: string; byStatement: Map<string, Distribution> };

export type TrendChange = {
  /** First day of the earliest month with a figure the privacy rules allow. */
  fromMonth: string;
  /** Share (%) of answers at level 3 or 4 then and now. */
  from: number;
  to: number;
};

/** Share of answers at level 3 ("comfortable doing it") or 4, in whole percent. */
export function confidentShare(distribution: Extract<Distribution, { shown: true }>): number {
  return Math.round(((distribution.counts[2] + distribution.counts[3]) / distribution.total) * 100);
}

/**
 * How a statement's figure changed since the earliest month that showed an earlier figure than the
 * current one; null when there is no current figure or nothing earlier to compare with.
 */
export function trendChange(
  trend: readonly TrendLike[],
  statementId: string,
  current: Distribution | undefined,
): TrendChange | null {
  if (!current?.shown) return null;
  for (const month of trend) {
    const figure = month.byStatement.get(statementId);
    if (!figure?.shown || figure.asOf.getTime() >= current.asOf.getTime()) continue;
    return { fromMonth: month.month, from: confidentShare(figure), to: confidentShare(current) };
  }
  return null;
}
