import "server-only";
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
    tx.$queryRaw<{ programId: string; membershipId: string; done: number }[]>`
      select work."programId"::text as "programId", work."membershipId"::text as "membershipId",
             count(*) filter (where work.counts)::int as done
      from (
        select c."programId", c."membershipId", (not r.hidden and not s.hidden and c."resourceRevision" >= r.revision) as counts
        from "ResourceCompletion" c
        join "ProgramResource" r on r."organizationId" = c."organizationId" and r.id = c."resourceId"
        join "ProgramStatement" s on s."organizationId" = r."organizationId" and s.id = r."statementId"
        where c."organizationId" = ${ctx.orgId}::uuid and c."programId"::text = any(${programIds})
        union all
        select cr."programId", cr."membershipId", (not s.hidden and cr."statementRevision" >= s.revision) as counts
        from "CurrentRating" cr
        join "ProgramStatement" s on s."organizationId" = cr."organizationId" and s.id = cr."statementId"
        where cr."organizationId" = ${ctx.orgId}::uuid and cr."programId"::text = any(${programIds})
      ) work
      group by work."programId", work."membershipId"`,
    tx.$queryRaw<{ programId: string; total: number }[]>`
      select s."programId"::text as "programId",
             (count(distinct s.id) + count(r.id))::int as total
      from "ProgramStatement" s
      left join "ProgramResource" r
        on r."organizationId" = s."organizationId" and r."statementId" = s.id and not r.hidden
      where s."organizationId" = ${ctx.orgId}::uuid and s."programId"::text = any(${programIds}) and not s.hidden
      group by s."programId"`,
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
