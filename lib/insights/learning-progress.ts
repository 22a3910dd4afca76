// Progress of people in their assigned programs, computed in one SQL statement for any set of
// people (a team, or the whole organization), so dashboards cost the same number of queries at 5
// or 10,000 people. Definitions (issue 7 / docs/product.md):
//   assigned: the program is published and reaches the person (who-counts.ts: everyone, a team
//             they are in, or them by name); the due date is the earliest among those assignments.
//   progress: resources done at their current revision + statements rated at their current
//             revision, over visible resources + visible statements; complete at 100 %.
import "server-only";
import type { Col } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { Prisma } from "@/lib/generated/prisma/client";
import { EVERYONE } from "@/lib/programs/assigned-people";
import { activeMembersSql, reachesSql, teamLearnersSql } from "./who-counts";

/**
 * Which people (who-counts.ts): one team's learners, every active member, or the active members
 * among some ids (a page of an export).
 */
export type PeopleScope =
  { orgId: string; teamId: string } | { orgId: string; teamId: null; membershipIds?: string[] };

/** SQL selecting the membership ids (as "id") of a scope, as who-counts.ts defines them. */
export function peopleSql(scope: PeopleScope): Prisma.Sql {
  if (scope.teamId === null) return activeMembersSql(scope.orgId, scope.membershipIds);
  return teamLearnersSql(scope.orgId, scope.teamId);
}

/**
 * A CTE list ending in `progress(membership_id, program_id, due_date, total, done, last_done_at)`:
 * one row per person and assigned program. Use as `with ${progressCtes(scope)} select … from progress`.
 */
export function progressCtes(scope: PeopleScope): Prisma.Sql {
  const org = scope.orgId;
  // A team: look up its few people's rows by index. The whole organization: read the tables once
  // and let the join with `assigned` pick the people (a semi-join against 10,000 people led the
  // planner into nested loops: 30 s instead of 1 s at the bench's size, npm run bench).
  const onlyPeople = (column: Prisma.Sql) =>
    scope.teamId === null ? Prisma.empty : Prisma.sql`and ${column} in (select id from people)`;
  return Prisma.sql`people as (${peopleSql(scope)}),
  assigned as (
    select pe.id as membership_id, a."programId" as program_id, min(a."dueDate") as due_date
    from people pe
    join "Assignment" a on a."organizationId" = ${org}::uuid
    join "Program" p on p."organizationId" = a."organizationId" and p.id = a."programId"
      and p.status = 'published'
    where ${reachesSql(org, EVERYONE, Prisma.sql`pe.id`)}
    group by pe.id, a."programId"
  ),
  totals as (
    select program_id, count(*)::int as total from (
      select r."programId" as program_id from "ProgramResource" r
      where r."organizationId" = ${org}::uuid and not r.hidden
        and r."programId" in (select program_id from assigned)
      union all
      select s."programId" from "ProgramStatement" s
      where s."organizationId" = ${org}::uuid and not s.hidden
        and s."programId" in (select program_id from assigned)
    ) items group by program_id
  ),
  done as (
    select membership_id, program_id, count(*)::int as done, max(at) as last_done_at from (
      select rc."membershipId" as membership_id, rc."programId" as program_id, rc."completedAt" as at
      from "ResourceCompletion" rc
      join "ProgramResource" r on r."organizationId" = ${org}::uuid and r.id = rc."resourceId"
        and r.revision = rc."resourceRevision" and not r.hidden
      where rc."organizationId" = ${org}::uuid ${onlyPeople(Prisma.sql`rc."membershipId"`)}
      union all
      select cr."membershipId", cr."programId", cr."ratedAt"
      from "CurrentRating" cr
      join "ProgramStatement" s on s."organizationId" = ${org}::uuid and s.id = cr."statementId"
        and s.revision = cr."statementRevision" and not s.hidden
      where cr."organizationId" = ${org}::uuid ${onlyPeople(Prisma.sql`cr."membershipId"`)}
    ) d group by membership_id, program_id
  ),
  progress as (
    select a.membership_id, a.program_id, a.due_date, coalesce(t.total, 0) as total,
           coalesce(d.done, 0) as done, d.last_done_at
    from assigned a
    left join totals t on t.program_id = a.program_id
    left join done d on d.membership_id = a.membership_id and d.program_id = a.program_id
  )`;
}

// The progress CTEs stay SQL text for now (ADR 037: shared by five statements and tuned against
// the bench's plans); the columns of their rows are typed from the schema, the counts are computed.
export type ProgressRow = {
  membershipId: Col<"Membership", "id">;
  programId: Col<"Program", "id">;
  dueDate: Col<"Assignment", "dueDate">;
  total: number;
  done: number;
  lastDoneAt: Col<"ResourceCompletion", "completedAt"> | null;
};

/** Progress rows of every person in the scope and program assigned to them. One query. */
export async function listProgress(tx: TenantTx, scope: PeopleScope): Promise<ProgressRow[]> {
  return tx.$queryRaw<ProgressRow[]>`with ${progressCtes(scope)}
    select membership_id as "membershipId", program_id as "programId", due_date as "dueDate",
           total, done, last_done_at as "lastDoneAt"
    from progress`;
}

/** What a progress row means: percent, completion date, overdue (due date passed, not complete). */
export function describeProgress(
  row: Pick<ProgressRow, "total" | "done" | "dueDate" | "lastDoneAt">,
  now: Date,
) {
  const complete = row.total > 0 && row.done >= row.total;
  const percent = row.total === 0 ? 0 : Math.min(100, Math.round((row.done / row.total) * 100));
  // A due date is a day: it passes when that whole day (UTC) is over.
  const overdue =
    !complete && row.dueDate !== null && now.getTime() >= row.dueDate.getTime() + 24 * 60 * 60 * 1000;
  return {
    complete,
    percent,
    started: row.done > 0,
    completedAt: complete ? row.lastDoneAt : null,
    overdue,
  };
}
