import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { auditName } from "./get-program-or-throw";
import type { SetItemHiddenInput } from "./program-input";
import { readText, type LocalizedText } from "./program-texts";

export type ItemVisibility = {
  itemType: "statement" | "resource";
  itemId: string;
  hidden: boolean;
  changed: boolean;
};

/**
 * Hides a statement or resource from learners, or shows it again. Hiding keeps the item and its
 * texts (and, later, learners' progress on it); it is not a text edit, so open forms stay valid.
 */
export const setItemHidden = defineUseCase({ permission: "programs.manage", run: setItemHiddenUnchecked });
async function setItemHiddenUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: SetItemHiddenInput;
}): Promise<ItemVisibility> {
  const { tx, ctx, input } = options;
  const where = { id: input.itemId, organizationId: ctx.orgId };
  const select = { id: true, hidden: true, program: { select: { id: true, title: true } } } as const;
  let item: { hidden: boolean; program: { id: string; title: unknown }; label: LocalizedText } | null;
  if (input.itemType === "statement") {
    const row = await tx.programStatement.findFirst({ where, select: { ...select, text: true } });
    item = row && { ...row, label: readText(row.text) };
  } else {
    const row = await tx.programResource.findFirst({ where, select: { ...select, title: true } });
    item = row && { ...row, label: readText(row.title) };
  }
  if (!item) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  const result = { itemType: input.itemType, itemId: input.itemId, hidden: input.hidden };
  if (item.hidden === input.hidden) return { ...result, changed: false };

  const key = { organizationId_id: { organizationId: ctx.orgId, id: input.itemId } };
  if (input.itemType === "statement")
    await tx.programStatement.update({ where: key, data: { hidden: input.hidden } });
  else await tx.programResource.update({ where: key, data: { hidden: input.hidden } });
  await recordAudit({
    tx,
    ctx,
    action: input.hidden ? "program.item.hide" : "program.item.show",
    targetType: "program",
    targetId: item.program.id,
    data: {
      name: auditName(readText(item.program.title), ctx),
      item: auditName(item.label, ctx),
      itemType: input.itemType,
      itemId: input.itemId,
    },
  });
  return { ...result, changed: true };
}
