// Rating distributions for a group of people, always grouped in SQL: the current one per statement,
// and the monthly trend (as of each month's end, each person's newest rating up to then). Counts
// leave this module only through the k rule (minimum-group.ts).
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { Prisma } from "@/lib/generated/prisma/client";
import { peopleSql, type PeopleScope } from "./learning-progress";
import { applyMinimumGroup, countsByKey, emptyCounts, type Distribution } from "./minimum-group";

type CountRow = { key: string; level: number; count: number };

/** statementId → distribution of the scope's current ratings, k rule applied. One query. */
export async function currentDistributions(options: {
  tx: TenantTx;
  scope: PeopleScope;
  statementIds: string[];
  k: number;
}): Promise<Map<string, Distribution>> {
  const { tx, scope, statementIds, k } = options;
  const rows = await tx.$queryRaw<CountRow[]>`
    select cr."statementId"::text as key, cr.level, count(*)::int as count
    from "CurrentRating" cr
    where cr."organizationId" = ${scope.orgId}::uuid
      and cr."membershipId" in (${peopleSql(scope)})
      and cr."statementId" = any(${statementIds}::uuid[])
    group by cr."statementId", cr.level`;
  const counts = countsByKey(rows);
  return new Map(
    statementIds.map((id) => [id, applyMinimumGroup(counts.get(id) ?? emptyCounts(), k)] as const),
  );
}

export type TrendMonth = {
  /** First day of the month (UTC), e.g. 2026-06-01. */
  month: string;
  /** statementId → distribution as of the month's end (or now, for the current month). */
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

/** Monthly distributions per statement over the last `months` months, k rule per month. One query. */
export async function trendDistributions(options: {
  tx: TenantTx;
  scope: PeopleScope;
  statementIds: string[];
  k: number;
  now: Date;
  months?: number;
}): Promise<TrendMonth[]> {
  const { tx, scope, statementIds, k, now } = options;
  const months = trendMonths(now, options.months ?? 6);
  const values = Prisma.join(
    months.map(({ start, end }) => Prisma.sql`(${monthKey(start)}, ${end}::timestamptz)`),
  );
  const rows = await tx.$queryRaw<{ month: string; statementId: string; level: number; count: number }[]>`
    with months(month, cutoff) as (values ${values}),
    people as (${peopleSql(scope)})
    select mo.month, latest.statement_id::text as "statementId", latest.level, count(*)::int as count
    from months mo
    cross join lateral (
      select distinct on (r."membershipId", r."statementId") r."statementId" as statement_id, r.level
      from "Rating" r
      where r."organizationId" = ${scope.orgId}::uuid
        and r."membershipId" in (select id from people)
        and r."statementId" = any(${statementIds}::uuid[])
        and r."createdAt" < mo.cutoff
      order by r."membershipId", r."statementId", r."createdAt" desc, r.id desc
    ) latest
    group by mo.month, latest.statement_id, latest.level`;
  return months.map(({ start }) => {
    const month = monthKey(start);
    const counts = countsByKey(
      rows
        .filter((row) => row.month === month)
        .map((row) => ({ key: row.statementId, level: row.level, count: row.count })),
    );
    return {
      month: `${month}-01`,
      byStatement: new Map(
        statementIds.map((id) => [id, applyMinimumGroup(counts.get(id) ?? emptyCounts(), k)] as const),
      ),
    };
  });
}
