import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { audienceData, getAssignmentOrThrow } from "./get-assignment-or-throw";
import { auditName } from "./get-program-or-throw";
import type { ChangeAssignmentDueDateInput } from "./program-input";

export type ChangedDueDate = { assignmentId: string; dueDate: string | null; changed: boolean };

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Sets, moves or clears an assignment's due date. */
export const changeAssignmentDueDate = defineUseCase({
  permission: "programs.manage",
  run: changeAssignmentDueDateUnchecked,
});
async function changeAssignmentDueDateUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: ChangeAssignmentDueDateInput;
}): Promise<ChangedDueDate> {
  const { tx, ctx, input } = options;
  const assignment = await getAssignmentOrThrow({ tx, ctx, assignmentId: input.assignmentId });
  const from = isoDate(assignment.dueDate);
  const to = isoDate(input.dueDate);
  if (from === to) return { assignmentId: assignment.id, dueDate: to, changed: false };
  await tx.assignment.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: assignment.id } },
    data: { dueDate: input.dueDate },
  });
  await recordAudit({
    tx,
    ctx,
    action: "program.assignment.due",
    targetType: "program",
    targetId: assignment.programId,
    data: {
      name: auditName(assignment.programTitle, ctx),
      ...audienceData(assignment),
      from: from ?? "",
      to: to ?? "",
    },
  });
  return { assignmentId: assignment.id, dueDate: to, changed: true };
}
