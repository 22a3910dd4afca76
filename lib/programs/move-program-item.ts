import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { findProgramItemOrThrow } from "./find-program-item";
import { auditName } from "./get-program-or-throw";
import { moveWithinGroup } from "./move-within-group";
import type { MoveProgramItemInput } from "./program-input";
import { lockProgramStructure, renumberResources, renumberStatements } from "./program-positions";

export type MovedItem = { itemType: "statement" | "resource"; itemId: string; moved: boolean };

/**
 * Moves a statement up or down within its kind's group (the editor shows the groups apart), or a
 * resource within its statement. The whole list is read under the program's lock and renumbered
 * 0, 1, 2 …, so concurrent moves and deletes never leave gaps or two items on one position.
 */
export const moveProgramItem = defineUseCase({
  permission: "programs.manage",
  run: moveProgramItemUnchecked,
});
async function moveProgramItemUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: MoveProgramItemInput;
}): Promise<MovedItem> {
  const { tx, ctx, input } = options;
  const item = await findProgramItemOrThrow({ tx, ctx, ...input });
  await lockProgramStructure(tx, ctx.orgId, item.program.id);

  const orderBy = [{ position: "asc" as const }, { id: "asc" as const }];
  let moved: boolean;
  if (input.itemType === "statement") {
    const list = await tx.programStatement.findMany({
      where: { programId: item.program.id, organizationId: ctx.orgId },
      select: { id: true, position: true, kind: true },
      orderBy,
    });
    const index = indexOrThrow(list, input.itemId);
    const kind = list[index]!.kind;
    const next = moveWithinGroup(list, index, input.direction, (row) => row.kind === kind);
    moved = next !== null;
    // Renumbered even when nothing moves: positions left uneven by older data become dense.
    await renumberStatements(tx, ctx.orgId, next ?? list);
  } else {
    const list = await tx.programResource.findMany({
      where: { statementId: item.statementId!, organizationId: ctx.orgId },
      select: { id: true, position: true },
      orderBy,
    });
    const index = indexOrThrow(list, input.itemId);
    const next = moveWithinGroup(list, index, input.direction);
    moved = next !== null;
    await renumberResources(tx, ctx.orgId, next ?? list);
  }
  if (moved)
    await recordAudit({
      tx,
      ctx,
      action: input.itemType === "statement" ? "program.statement.move" : "program.resource.move",
      targetType: "program",
      targetId: item.program.id,
      data: {
        name: auditName(item.program.title, ctx),
        item: auditName(item.label, ctx),
        itemType: input.itemType,
        itemId: input.itemId,
        direction: input.direction,
      },
    });
  return { itemType: input.itemType, itemId: input.itemId, moved };
}

/** Deleted by someone else while this request waited for the lock: gone, like any unknown id. */
function indexOrThrow(list: { id: string }[], itemId: string): number {
  const index = list.findIndex((row) => row.id === itemId);
  if (index === -1) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  return index;
}
