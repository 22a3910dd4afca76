import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { findProgramItemOrThrow } from "./find-program-item";
import { auditName } from "./get-program-or-throw";
import type { DeleteProgramItemInput } from "./program-input";
import { lockProgramStructure, renumberResources, renumberStatements } from "./program-positions";

export type DeletedItem = { itemType: "statement" | "resource"; itemId: string };

/**
 * Deletes a statement (with its resources) or a resource. Learners' data on it (ratings,
 * completions, reflections …) goes with it through the foreign keys. The positions left behind are
 * closed up, so they stay 0, 1, 2 … in one transaction under the program's lock.
 */
export const deleteProgramItem = defineUseCase({
  permission: "programs.manage",
  run: deleteProgramItemUnchecked,
});
async function deleteProgramItemUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: DeleteProgramItemInput;
}): Promise<DeletedItem> {
  const { tx, ctx, input } = options;
  const where = { id: input.itemId, organizationId: ctx.orgId };
  const item = await findProgramItemOrThrow({ tx, ctx, ...input });
  await lockProgramStructure(tx, ctx.orgId, item.program.id);

  const select = { id: true, position: true } as const;
  const orderBy = [{ position: "asc" as const }, { id: "asc" as const }];
  if (input.itemType === "statement") {
    // Under the lock: a second delete of the same item finds nothing left to delete.
    const deleted = await tx.programStatement.deleteMany({ where });
    if (deleted.count === 0) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
    const rest = await tx.programStatement.findMany({
      where: { programId: item.program.id, organizationId: ctx.orgId },
      select,
      orderBy,
    });
    await renumberStatements(tx, ctx.orgId, rest);
  } else {
    const deleted = await tx.programResource.deleteMany({ where });
    if (deleted.count === 0) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
    const rest = await tx.programResource.findMany({
      where: { statementId: item.statementId!, organizationId: ctx.orgId },
      select,
      orderBy,
    });
    await renumberResources(tx, ctx.orgId, rest);
  }
  await recordAudit({
    tx,
    ctx,
    action: input.itemType === "statement" ? "program.statement.delete" : "program.resource.delete",
    targetType: "program",
    targetId: item.program.id,
    data: {
      name: auditName(item.program.title, ctx),
      item: auditName(item.label, ctx),
      itemType: input.itemType,
      itemId: input.itemId,
    },
  });
  return { itemType: input.itemType, itemId: input.itemId };
}
