import "server-only";
import { randomUUID } from "node:crypto";
import type { TenantTx } from "@/lib/db/tenant";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { auditName, getProgramOrThrow } from "./get-program-or-throw";
import { localItemKey, newItemText, newItemUpdatedAt } from "./new-item-texts";
import type { AddStatementInput } from "./program-input";
import { lockProgramStructure } from "./program-positions";

export type AddedStatement = { statementId: string; position: number };

/**
 * Adds a statement after the program's last one, so it ends its kind's group in the editor. The
 * key is new and local: a library update never mistakes it for one of the library's statements.
 */
export const addStatement = defineUseCase({ permission: "programs.manage", run: addStatementUnchecked });
async function addStatementUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: AddStatementInput;
  now?: Date;
}): Promise<AddedStatement> {
  const { tx, ctx, input } = options;
  const program = await getProgramOrThrow({ tx, ctx, programId: input.programId });
  await lockProgramStructure(tx, ctx.orgId, program.id);
  const last = await tx.programStatement.aggregate({
    where: { programId: program.id, organizationId: ctx.orgId },
    _max: { position: true },
  });
  const position = (last._max.position ?? -1) + 1;
  const text = newItemText(input);
  const id = randomUUID();
  await tx.programStatement.create({
    data: {
      id,
      organizationId: ctx.orgId,
      programId: program.id,
      key: localItemKey(id),
      position,
      kind: input.kind,
      text: text as Prisma.InputJsonObject,
      textUpdatedAt: newItemUpdatedAt([text], options.now ?? new Date()) as Prisma.InputJsonObject,
    },
  });
  await recordAudit({
    tx,
    ctx,
    action: "program.statement.add",
    targetType: "program",
    targetId: program.id,
    data: { name: auditName(program.title, ctx), item: auditName(text, ctx), statementId: id },
  });
  return { statementId: id, position };
}
