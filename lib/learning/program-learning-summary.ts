import "server-only";
import { q, queryRows, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { assignedPeopleByProgram } from "@/lib/programs/assigned-people";

export type ProgramLearningSummary = { assigned: number; started: number; completed: number };

/**
 * For HR's programs page: per program, how many of the people it is assigned to have started and
 * completed it. One grouped query over completions and current ratings (at current revisions of
 * visible items) for all programs, never one per person; counts only, no individual's ratings.
 */
export const summarizeProgramLearning = defineUseCase({
  permission: "programs.manage",
  run: summarizeProgramLearningUnchecked,
});
async function summarizeProgramLearningUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programIds: string[];
}): Promise<Map<string, ProgramLearningSummary>> {
  const { tx, ctx, programIds } = options;
  const result = new Map<string, ProgramLearningSummary>();
  if (programIds.length === 0) return result;
  const [people, rows, totals] = await Promise.all([
    assignedPeopleByProgram({ tx, orgId: ctx.orgId, programIds }),
    queryRows(
      tx,
      q
        .selectFrom((db) =>
          db
            .selectFrom("ResourceCompletion as c")
            .innerJoin("ProgramResource as r", (join) =>
              join.onRef("r.organizationId", "=", "c.organizationId").onRef("r.id", "=", "c.resourceId"),
            )
            .innerJoin("ProgramStatement as s", (join) =>
              join.onRef("s.organizationId", "=", "r.organizationId").onRef("s.id", "=", "r.statementId"),
            )
            .select((eb) => [
              "c.programId",
              "c.membershipId",
              eb
                .and([
                  eb.not(eb.ref("r.hidden")),
                  eb.not(eb.ref("s.hidden")),
                  eb("c.resourceRevision", ">=", eb.ref("r.revision")),
                ])
                .as("counts"),
            ])
            .where("c.organizationId", "=", uuid(ctx.orgId))
            .where((eb) => eb(eb.cast<string>("c.programId", "text"), "=", eb.fn.any(eb.val(programIds))))
            .unionAll((db) =>
              db
                .selectFrom("CurrentRating as cr")
                .innerJoin("ProgramStatement as s", (join) =>
                  join
                    .onRef("s.organizationId", "=", "cr.organizationId")
                    .onRef("s.id", "=", "cr.statementId"),
                )
                .select((eb) => [
                  "cr.programId",
                  "cr.membershipId",
                  eb
                    .and([eb.not(eb.ref("s.hidden")), eb("cr.statementRevision", ">=", eb.ref("s.revision"))])
                    .as("counts"),
                ])
                .where("cr.organizationId", "=", uuid(ctx.orgId))
                .where((eb) =>
                  eb(eb.cast<string>("cr.programId", "text"), "=", eb.fn.any(eb.val(programIds))),
                ),
            )
            .as("work"),
        )
        .select([
          "work.programId",
          "work.membershipId",
          sql<number>`(count(*) filter (where work.counts))::int`.as("done"),
        ])
        .groupBy(["work.programId", "work.membershipId"]),
    ),
    queryRows(
      tx,
      q
        .selectFrom("ProgramStatement as s")
        .leftJoin("ProgramResource as r", (join) =>
          join
            .onRef("r.organizationId", "=", "s.organizationId")
            .onRef("r.statementId", "=", "s.id")
            .on((eb) => eb.not(eb.ref("r.hidden"))),
        )
        .select((eb) => [
          "s.programId",
          sql<number>`(${eb.fn.count("s.id").distinct()} + ${eb.fn.count("r.id")})::int`.as("total"),
        ])
        .where("s.organizationId", "=", uuid(ctx.orgId))
        .where((eb) => eb(eb.cast<string>("s.programId", "text"), "=", eb.fn.any(eb.val(programIds))))
        .where((eb) => eb.not(eb.ref("s.hidden")))
        .groupBy("s.programId"),
    ),
  ]);
  const totalOf = new Map(totals.map((row) => [row.programId, row.total]));
  for (const programId of programIds) {
    const assigned = people.get(programId) ?? new Set<string>();
    const total = totalOf.get(programId) ?? 0;
    let started = 0;
    let completed = 0;
    for (const row of rows) {
      // Someone who left the audience keeps their record, but is no longer counted against it.
      if (row.programId !== programId || !assigned.has(row.membershipId)) continue;
      started += 1;
      if (total > 0 && row.done >= total) completed += 1;
    }
    result.set(programId, { assigned: assigned.size, started, completed });
  }
  return result;
}
