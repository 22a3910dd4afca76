import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { audienceData, getAssignmentOrThrow } from "./get-assignment-or-throw";
import { auditName } from "./get-program-or-throw";
import type { RemoveAssignmentInput } from "./program-input";

export type RemovedAssignment = { assignmentId: string; programId: string };

/** Takes a program back from an audience. People assigned it through another audience keep it. */
export async function removeAssignment(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: RemoveAssignmentInput;
}): Promise<RemovedAssignment> {
  const { tx, ctx, input } = options;
  requirePermission(ctx, "programs.manage");
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
