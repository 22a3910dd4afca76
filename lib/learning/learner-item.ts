import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { listAssignedProgramsForMember } from "@/lib/programs/list-assigned-programs-for-member";

const notFound = () => AppError.notFound({ messageKey: "learning:errors.notFound" });

async function assertAssigned(tx: TenantTx, ctx: WorkspaceContext, programId: string) {
  const assigned = await listAssignedProgramsForMember({ tx, ctx });
  if (!assigned.some((program) => program.id === programId)) throw notFound();
}

/**
 * A visible statement of a published program assigned to the learner, or NOT_FOUND: ids come from
 * forms, so a statement of a draft, unassigned or other organization's program answers the same.
 */
export async function getLearnerStatementOrThrow(tx: TenantTx, ctx: WorkspaceContext, statementId: string) {
  const statement = await tx.programStatement.findFirst({
    where: { id: statementId, organizationId: ctx.orgId, hidden: false },
    select: { id: true, programId: true, revision: true, reflectionPrompts: true },
  });
  if (!statement) throw notFound();
  await assertAssigned(tx, ctx, statement.programId);
  return statement;
}

/** A visible resource (of a visible statement) in a program assigned to the learner, or NOT_FOUND. */
export async function getLearnerResourceOrThrow(tx: TenantTx, ctx: WorkspaceContext, resourceId: string) {
  const resource = await tx.programResource.findFirst({
    where: { id: resourceId, organizationId: ctx.orgId, hidden: false, statement: { hidden: false } },
    select: { id: true, programId: true, revision: true },
  });
  if (!resource) throw notFound();
  await assertAssigned(tx, ctx, resource.programId);
  return resource;
}
