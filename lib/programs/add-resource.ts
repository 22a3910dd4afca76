import "server-only";
import { randomUUID } from "node:crypto";
import type { TenantTx } from "@/lib/db/tenant";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { assertResourceImages } from "@/lib/images/resource-images";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { auditName } from "./get-program-or-throw";
import { localItemKey, newItemText, newItemUpdatedAt } from "./new-item-texts";
import type { AddResourceInput } from "./program-input";
import { lockProgramStructure } from "./program-positions";
import { readText } from "./program-texts";

export type AddedResource = { resourceId: string; position: number };

/** Adds a resource (title and Markdown body) after the statement's last one, with a new local key. */
export const addResource = defineUseCase({ permission: "programs.manage", run: addResourceUnchecked });
async function addResourceUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: AddResourceInput;
  now?: Date;
}): Promise<AddedResource> {
  const { tx, ctx, input } = options;
  const statement = await tx.programStatement.findFirst({
    where: { id: input.statementId, organizationId: ctx.orgId },
    select: { id: true, programId: true, program: { select: { title: true } } },
  });
  if (!statement) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  await assertResourceImages({
    tx,
    ctx,
    texts: [
      { field: "body", markdown: input.body },
      { field: "bodyNb", markdown: input.bodyNb },
    ],
  });
  await lockProgramStructure(tx, ctx.orgId, statement.programId);
  const last = await tx.programResource.aggregate({
    where: { statementId: statement.id, organizationId: ctx.orgId },
    _max: { position: true },
  });
  const position = (last._max.position ?? -1) + 1;
  const title = newItemText({ language: input.language, text: input.title, textNb: input.titleNb });
  const body = newItemText({ language: input.language, text: input.body, textNb: input.bodyNb });
  const id = randomUUID();
  await tx.programResource.create({
    data: {
      id,
      organizationId: ctx.orgId,
      programId: statement.programId,
      statementId: statement.id,
      key: localItemKey(id),
      position,
      title: title as Prisma.InputJsonObject,
      body: body as Prisma.InputJsonObject,
      textUpdatedAt: newItemUpdatedAt([title, body], options.now ?? new Date()) as Prisma.InputJsonObject,
    },
  });
  await recordAudit({
    tx,
    ctx,
    action: "program.resource.add",
    targetType: "program",
    targetId: statement.programId,
    data: {
      name: auditName(readText(statement.program.title), ctx),
      item: auditName(title, ctx),
      resourceId: id,
    },
  });
  return { resourceId: id, position };
}
