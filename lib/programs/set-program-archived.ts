import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { auditName, getProgramOrThrow } from "./get-program-or-throw";
import type { SetProgramArchivedInput } from "./program-input";

export type ProgramArchiveChange = {
  programId: string;
  archived: boolean;
  changed: boolean;
  /** How many assignments archiving ended. */
  endedAssignments: number;
};

/**
 * Archives a program that is no longer used (issue 21): its assignments end, so nobody has it to
 * do any more, while learners' ratings, reflections and completions stay, and with them the
 * history on their growth page and the published figures. Restoring brings it back as a draft,
 * to publish and assign again. Either way twice is the same as once.
 */
export const setProgramArchived = defineUseCase({
  permission: "programs.manage",
  run: setProgramArchivedUnchecked,
});
async function setProgramArchivedUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: SetProgramArchivedInput;
}): Promise<ProgramArchiveChange> {
  const { tx, ctx, input } = options;
  const program = await getProgramOrThrow({ tx, ctx, programId: input.programId });
  const unchanged = { programId: program.id, archived: input.archived, changed: false, endedAssignments: 0 };
  if ((program.status === "archived") === input.archived) return unchanged;

  if (!input.archived) {
    await tx.program.update({
      where: { organizationId_id: { organizationId: ctx.orgId, id: program.id } },
      data: { status: "draft" },
    });
    await recordAudit({
      tx,
      ctx,
      action: "program.restore",
      targetType: "program",
      targetId: program.id,
      data: { name: auditName(program.title, ctx) },
    });
    return { ...unchanged, changed: true };
  }

  const ended = await tx.assignment.deleteMany({
    where: { organizationId: ctx.orgId, programId: program.id },
  });
  await tx.program.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: program.id } },
    data: { status: "archived" },
  });
  await recordAudit({
    tx,
    ctx,
    action: "program.archive",
    targetType: "program",
    targetId: program.id,
    data: { name: auditName(program.title, ctx), assignments: ended.count },
  });
  return { ...unchanged, changed: true, endedAssignments: ended.count };
}
