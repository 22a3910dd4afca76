import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { audienceData, getAssignmentOrThrow } from "./get-assignment-or-throw";
import { auditName } from "./get-program-or-throw";
import type { RemoveAssignmentInput } from "./program-input";

export type RemovedAssignment = { assignmentId: string; programId: string };

/** Takes a program back from an audience. People assigned it through another audience keep it. */
export const removeAssignment = defineUseCase({
  permission: "programs.manage",
  run: removeAssignmentUnchecked,
});
async function removeAssignmentUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: RemoveAssignmentInput;
}): Promise<RemovedAssignment> {
  const { tx, ctx, input } = options;
  const assignment = await getAssignmentOrThrow({ tx, ctx, assignmentId: input.assignmentId });
  await tx.assignment.delete({
    where: { organizationId_id: { organizationId: ctx.orgId, id: assignment.id } },
  });
  await recordAudit({
    tx,
    ctx,
    action: "program.unassign",
    targetType: "program",
    targetId: assignment.programId,
    data: { name: auditName(assignment.programTitle, ctx), ...audienceData(assignment) },
  });
  return { assignmentId: assignment.id, programId: assignment.programId };
}
