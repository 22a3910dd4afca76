import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { EVERYONE } from "@/lib/programs/assigned-people";

const notFound = () => AppError.notFound({ messageKey: "learning:errors.notFound" });

/**
 * SQL true when the program (`program_id`) is published and assigned to the learner: to everyone,
 * to a team they are in, or to them by name. The same rule as listAssignedProgramsForMember, in one expression, so
 * that a rating or a "done" costs one lookup (npm run bench, rate-statement).
 */
export function assignedToLearner(ctx: WorkspaceContext, programId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`exists (
    select 1 from "Program" p
      join "Assignment" a on a."organizationId" = p."organizationId" and a."programId" = p.id
     where p."organizationId" = ${ctx.orgId}::uuid and p.id = ${programId} and p.status = 'published'
       and (a."audienceKey" = ${EVERYONE}
            or a."membershipId" = ${ctx.membershipId}::uuid
            or a."teamId" in (select tm."teamId" from "TeamMember" tm
                               where tm."organizationId" = ${ctx.orgId}::uuid
                                 and tm."membershipId" = ${ctx.membershipId}::uuid)))`;
}

export type LearnerStatement = {
  id: string;
  programId: string;
  revision: number;
  reflectionPrompts: unknown;
};

/**
 * A visible statement of a published program assigned to the learner, or NOT_FOUND: ids come from
 * forms, so a statement of a draft, unassigned or other organization's program answers the same.
 */
export async function getLearnerStatementOrThrow(
  tx: TenantTx,
  ctx: WorkspaceContext,
  statementId: string,
): Promise<LearnerStatement> {
  const [statement] = await tx.$queryRaw<LearnerStatement[]>`
    select s.id::text, s."programId"::text as "programId", s.revision, s."reflectionPrompts"
      from "ProgramStatement" s
     where s."organizationId" = ${ctx.orgId}::uuid and s.id = ${statementId}::uuid and not s.hidden
       and ${assignedToLearner(ctx, Prisma.sql`s."programId"`)}`;
  if (!statement) throw notFound();
  return statement;
}

/** A visible resource (of a visible statement) in a program assigned to the learner, or NOT_FOUND. */
export async function getLearnerResourceOrThrow(
  tx: TenantTx,
  ctx: WorkspaceContext,
  resourceId: string,
): Promise<{ id: string; programId: string; revision: number }> {
  const [resource] = await tx.$queryRaw<{ id: string; programId: string; revision: number }[]>`
    select r.id::text, r."programId"::text as "programId", r.revision
      from "ProgramResource" r
      join "ProgramStatement" s on s."organizationId" = r."organizationId" and s.id = r."statementId"
     where r."organizationId" = ${ctx.orgId}::uuid and r.id = ${resourceId}::uuid
       and not r.hidden and not s.hidden
       and ${assignedToLearner(ctx, Prisma.sql`r."programId"`)}`;
  if (!resource) throw notFound();
  return resource;
}
