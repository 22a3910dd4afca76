import "server-only";
import { claimAssigned } from "@/lib/notifications/claim-notifications";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { assertNotArchived, auditName, getProgramOrThrow } from "./get-program-or-throw";
import type { SetProgramStatusInput } from "./program-input";

export type ProgramStatusChange = { programId: string; status: "draft" | "published"; changed: boolean };

/** Publishes a program (learners it is assigned to see it) or takes it back to draft (they no longer do). */
export const setProgramStatus = defineUseCase({
  permission: "programs.manage",
  run: setProgramStatusUnchecked,
});
async function setProgramStatusUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: SetProgramStatusInput;
}): Promise<ProgramStatusChange> {
  const { tx, ctx, input } = options;
  const program = await getProgramOrThrow({ tx, ctx, programId: input.programId });
  assertNotArchived(program);
  if (program.status === input.status) return { programId: program.id, status: input.status, changed: false };
  await tx.program.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: program.id } },
    data: { status: input.status },
  });
  await recordAudit({
    tx,
    ctx,
    action: input.status === "published" ? "program.publish" : "program.unpublish",
    targetType: "program",
    targetId: program.id,
    data: { name: auditName(program.title, ctx) },
  });
  // Published now: the people it was assigned to while a draft hear of it (once, ADR 020).
  if (input.status === "published")
    await claimAssigned(tx, { orgId: ctx.orgId, now: new Date(), programId: program.id });
  return { programId: program.id, status: input.status, changed: true };
}
