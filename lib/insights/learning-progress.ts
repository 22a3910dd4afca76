// Progress of people in their assigned programs, computed in one SQL statement for any set of
// people (a team, or the whole organization), so dashboards cost the same number of queries at 5
// or 10,000 people. Definitions (issue 7 / docs/product.md):
//   assigned: the program is published and reaches the person (who-counts.ts: everyone, a team
//             they are in, or them by name); the due date is the earliest among those assignments.
//   progress: resources done at their current revision + statements rated at their current
//             revision, over visible resources + visible statements; complete at 100 %.
import "server-only";
import type { Expression, SqlBool } from "kysely";
import { q, queryRows, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { EVERYONE } from "@/lib/programs/assigned-people";
import { activeMembers, reaches, teamLearners } from "./who-counts";

/**
 * Which people (who-counts.ts): one team's learners, every active member, or the active members
 * among some ids (a page of an export).
 */
export type PeopleScope =
  { orgId: string; teamId: string } | { orgId: string; teamId: null; membershipIds?: string[] };

/** A query selecting the membership ids (as "id") of a scope, as who-counts.ts defines them. */
export function peopleQuery(scope: PeopleScope) {
  if (scope.teamId === null) return activeMembers(scope.orgId, scope.membershipIds);
  return teamLearners(scope.orgId, scope.teamId);
}

/**
 * Kysely's `with` list ending in `progress(membership_id, program_id, due_date, total, done,
 * last_done_at)`: one row per person and assigned program. Start a statement with it:
 * `withProgress(scope).selectFrom("progress as pr")…`.
 */
export function withProgress(scope: PeopleScope) {
  const org = scope.orgId;
  // A team: look up its few people's rows by index. The whole organization: read the tables once
  // and let the join with `assigned` pick the people (a semi-join against 10,000 people led the
  // planner into nested loops: 30 s instead of 1 s at the bench's size, npm run bench).
  const onlyTeam = scope.teamId !== null;
  return q
    .with("people", () => peopleQuery(scope))
    .with("assigned", (db) =>
      db
        .selectFrom("people as pe")
        .innerJoin("Assignment as a", (join) => join.on("a.organizationId", "=", uuid(org)))
        .innerJoin("Program as p", (join) =>
          join
            .onRef("p.organizationId", "=", "a.organizationId")
            .onRef("p.id", "=", "a.programId")
            .on("p.status", "=", sql.lit("published")),
        )
        .select((eb) => ["pe.id as membership_id", "a.programId as program_id", eb.fn.min("a.dueDate").as("due_date")])
        // Who an assignment reaches: who-counts.ts.
        .where((eb) => reaches(org, EVERYONE, eb.ref("pe.id")))
        .groupBy(["pe.id", "a.programId"]),
    )
    .with("totals", (db) =>
      db
        .selectFrom((sub) =>
          sub
            .selectFrom("ProgramResource as r")
            .select("r.programId as program_id")
            .where("r.organizationId", "=", uuid(org))
            .where((eb) => eb.not(eb.ref("r.hidden")))
            .where("r.programId", "in", (eb) => eb.selectFrom("assigned").select("assigned.program_id"))
            .unionAll((eb) =>
              eb
                .selectFrom("ProgramStatement as s")
                .select("s.programId as program_id")
                .where("s.organizationId", "=", uuid(org))
                .where((eb2) => eb2.not(eb2.ref("s.hidden")))
                .where("s.programId", "in", (eb2) => eb2.selectFrom("assigned").select("assigned.program_id")),
            )
            .as("items"),
        )
        .select(["items.program_id", sql<number>`count(*)::int`.as("total")])
        .groupBy("items.program_id"),
    )
    .with("done", (db) =>
      db
        .selectFrom((sub) =>
          sub
            .selectFrom("ResourceCompletion as rc")
            .innerJoin("ProgramResource as r", (join) =>
              join
                .on("r.organizationId", "=", uuid(org))
                .onRef("r.id", "=", "rc.resourceId")
                .onRef("r.revision", "=", "rc.resourceRevision")
                .on((eb) => eb.not(eb.ref("r.hidden"))),
            )
            .select(["rc.membershipId as membership_id", "rc.programId as program_id", "rc.completedAt as at"])
            .where("rc.organizationId", "=", uuid(org))
            .$if(onlyTeam, (qb) =>
              qb.where("rc.membershipId", "in", (eb) => eb.selectFrom("people").select("people.id")),
            )
            .unionAll((eb) =>
              eb
                .selectFrom("CurrentRating as cr")
                .innerJoin("ProgramStatement as s", (join) =>
                  join
                    .on("s.organizationId", "=", uuid(org))
                    .onRef("s.id", "=", "cr.statementId")
                    .onRef("s.revision", "=", "cr.statementRevision")
                    .on((eb2) => eb2.not(eb2.ref("s.hidden"))),
                )
                .select(["cr.membershipId as membership_id", "cr.programId as program_id", "cr.ratedAt as at"])
                .where("cr.organizationId", "=", uuid(org))
                .$if(onlyTeam, (qb) =>
                  qb.where("cr.membershipId", "in", (eb2) => eb2.selectFrom("people").select("people.id")),
                ),
            )
            .as("d"),
        )
        .select([
          "d.membership_id",
          "d.program_id",
          sql<number>`count(*)::int`.as("done"),
          (eb) => eb.fn.max("d.at").as("last_done_at"),
        ])
        .groupBy(["d.membership_id", "d.program_id"]),
    )
    .with("progress", (db) =>
      db
        .selectFrom("assigned as a")
        .leftJoin("totals as t", "t.program_id", "a.program_id")
        .leftJoin("done as d", (join) =>
          join.onRef("d.membership_id", "=", "a.membership_id").onRef("d.program_id", "=", "a.program_id"),
        )
        .select((eb) => [
          "a.membership_id",
          "a.program_id",
          "a.due_date",
          eb.fn.coalesce("t.total", sql.lit(0)).as("total"),
          eb.fn.coalesce("d.done", sql.lit(0)).as("done"),
          "d.last_done_at",
        ]),
    );
}

/** The condition "complete" on a progress row `pr`: something to do, and all of it done. */
export function isComplete(total: Expression<number>, done: Expression<number>): Expression<SqlBool> {
  return sql<SqlBool>`(${total} > 0 and ${done} >= ${total})`;
}

/** One progress row: the person, the program, and how far they are. */
export type ProgressRow = Awaited<ReturnType<typeof listProgress>>[number];

/** Progress rows of every person in the scope and program assigned to them. One query. */
export function listProgress(tx: TenantTx, scope: PeopleScope) {
  return queryRows(
    tx,
    withProgress(scope)
      .selectFrom("progress")
      .select([
        "progress.membership_id as membershipId",
        "progress.program_id as programId",
        "progress.due_date as dueDate",
        "progress.total",
        "progress.done",
        "progress.last_done_at as lastDoneAt",
      ]),
  );
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
