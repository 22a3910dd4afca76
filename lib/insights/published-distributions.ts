// Rating distributions as managers and HR see them: read from the published reporting snapshots
// (ADR 014), never from live ratings. The current figure of a group is its newest snapshot; each
// month of the trend shows the newest snapshot taken by that month's end. The k rule is applied
// again on reading, so raising k hides figures at once.
import "server-only";
import { q, queryRows, sql, type Row } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { applyMinimumGroup, type Distribution, type HiddenReason, type LevelCounts } from "./minimum-group";
import { ORGANIZATION_GROUP } from "./snapshots/publish-snapshots";

/** A reportable group: the whole organization, or one team's learners. */
export type ReportingGroup = { orgId: string; teamId: string | null };

export const groupKeyOf = (group: ReportingGroup) => group.teamId ?? ORGANIZATION_GROUP;

type SnapshotRow = Row<"RatingSnapshot", "groupKey" | "statementId" | "takenAt" | "counts">;

const snapshots = q
  .selectFrom("RatingSnapshot as s")
  .select(["s.groupKey", "s.statementId", "s.takenAt", "s.counts"]);

const toCounts = (counts: number[]): LevelCounts => [
  counts[0] ?? 0,
  counts[1] ?? 0,
  counts[2] ?? 0,
  counts[3] ?? 0,
];

function distributionOf(row: SnapshotRow | undefined, k: number, hidden: HiddenReason): Distribution {
  if (!row) return { shown: false, reason: hidden };
  const shown = applyMinimumGroup(toCounts(row.counts), k, row.takenAt);
  return shown.shown ? shown : { shown: false, reason: hidden };
}

/**
 * groupKey → statementId → the newest published figure, k applied. One query for any number of
 * groups (the ratings export reads the organization and every team at once).
 */
export async function currentDistributionsByGroup(options: {
  tx: TenantTx;
  orgId: string;
  groupKeys: string[];
  statementIds: string[];
  k: number;
  /** Groups without figures that are waiting for their membership to settle. */
  settling?: ReadonlySet<string>;
}): Promise<Map<string, Map<string, Distribution>>> {
  const { tx, orgId, groupKeys, statementIds, k } = options;
  const rows: SnapshotRow[] = await queryRows(
    tx,
    snapshots
      .distinctOn(["s.groupKey", "s.statementId"])
      .where("s.organizationId", "=", orgId)
      .where((eb) => eb("s.groupKey", "=", eb.fn.any(sql<string[]>`${groupKeys}::text[]`)))
      .where((eb) => eb("s.statementId", "=", eb.fn.any(sql<string[]>`${statementIds}::uuid[]`)))
      .where((eb) => eb.not(eb.ref("s.heldBack")))
      .orderBy("s.groupKey")
      .orderBy("s.statementId")
      .orderBy("s.takenAt", "desc"),
  );
  const byKey = new Map(rows.map((row) => [`${row.groupKey}:${row.statementId}`, row]));
  return new Map(
    groupKeys.map((groupKey) => {
      const hidden: HiddenReason = options.settling?.has(groupKey) ? "settling" : "notYet";
      return [
        groupKey,
        new Map(
          statementIds.map((id) => [id, distributionOf(byKey.get(`${groupKey}:${id}`), k, hidden)] as const),
        ),
      ] as const;
    }),
  );
}

/** statementId → the group's newest published figure, k applied. One query. */
export async function currentDistributions(options: {
  tx: TenantTx;
  group: ReportingGroup;
  statementIds: string[];
  k: number;
  settling?: boolean;
}): Promise<Map<string, Distribution>> {
  const key = groupKeyOf(options.group);
  const all = await currentDistributionsByGroup({
    tx: options.tx,
    orgId: options.group.orgId,
    groupKeys: [key],
    statementIds: options.statementIds,
    k: options.k,
    settling: options.settling ? new Set([key]) : undefined,
  });
  return all.get(key)!;
}

export type TrendMonth = {
  /** First day of the month (UTC), e.g. 2026-06-01. */
  month: string;
  /** statementId → the newest figure published by the month's end (or by now, this month). */
  byStatement: Map<string, Distribution>;
};

const monthKey = (date: Date) => date.toISOString().slice(0, 7);

/** The last `months` months, oldest first, including the current one. */
export function trendMonths(now: Date, months: number): { start: Date; end: Date }[] {
  const result: { start: Date; end: Date }[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1));
    result.push({ start, end: next.getTime() < now.getTime() ? next : now });
  }
  return result;
}

/** Monthly figures per statement over the last `months` months, from the snapshots. One query. */
export async function trendDistributions(options: {
  tx: TenantTx;
  group: ReportingGroup;
  statementIds: string[];
  k: number;
  now: Date;
  months?: number;
}): Promise<TrendMonth[]> {
  const { tx, group, statementIds, k, now } = options;
  const months = trendMonths(now, options.months ?? 6);
  const end = months.at(-1)!.end;
  const rows: SnapshotRow[] = await queryRows(
    tx,
    snapshots
      .where("s.organizationId", "=", group.orgId)
      .where("s.groupKey", "=", groupKeyOf(group))
      .where((eb) => eb("s.statementId", "=", eb.fn.any(sql<string[]>`${statementIds}::uuid[]`)))
      .where("s.takenAt", "<=", end)
      .where((eb) => eb.not(eb.ref("s.heldBack")))
      .orderBy("s.takenAt"),
  );
  return months.map(({ start, end: monthEnd }) => {
    const newest = new Map<string, SnapshotRow>();
    for (const row of rows) if (row.takenAt.getTime() <= monthEnd.getTime()) newest.set(row.statementId, row);
    return {
      month: `${monthKey(start)}-01`,
      byStatement: new Map(
        statementIds.map((id) => [id, distributionOf(newest.get(id), k, "notYet")] as const),
      ),
    };
  });
}
