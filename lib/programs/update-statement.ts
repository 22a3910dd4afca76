import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { auditName } from "./get-program-or-throw";
import type { UpdateStatementInput } from "./program-input";
import { readText, readUpdatedAt, withText } from "./program-texts";
import { assertCurrentVersion, staleEdit } from "./stale-edit";
import { nextUpdatedAt } from "./translation-status";

export type UpdatedStatement = { statementId: string; lockVersion: number; changed: boolean; major: boolean };

/**
 * Saves a statement's text in one language and its kind (know / can), against the version the form
 * edited: when someone else saved in between, nothing is written and the answer is CONFLICT. A
 * major change of the text raises the statement's revision.
 */
export const updateStatement = defineUseCase({
  permission: "programs.manage",
  run: updateStatementUnchecked,
});
async function updateStatementUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: UpdateStatementInput;
  now?: Date;
}): Promise<UpdatedStatement> {
  const { tx, ctx, input } = options;
  const statement = await tx.programStatement.findFirst({
    where: { id: input.statementId, organizationId: ctx.orgId },
    select: {
      id: true,
      kind: true,
      text: true,
      lockVersion: true,
      textUpdatedAt: true,
      program: { select: { id: true, title: true } },
    },
  });
  if (!statement) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  assertCurrentVersion(statement.lockVersion, input.lockVersion);

  const lang = input.language;
  const before = readText(statement.text);
  const text = withText(before, lang, input.text);
  const textChanged = (before[lang] ?? "") !== (text[lang] ?? "");
  const kindChanged = statement.kind !== input.kind;
  const storedTimes = readUpdatedAt(statement.textUpdatedAt);
  const textUpdatedAt = nextUpdatedAt(storedTimes, lang, textChanged, options.now ?? new Date());

  // Major only when the words changed: a new kind alone does not ask learners to look again.
  const major = input.major === true && textChanged;
  if (!textChanged && !kindChanged) {
    // A translation saved unchanged has been checked against the current original.
    if (textUpdatedAt !== storedTimes)
      await tx.programStatement.update({
        where: { organizationId_id: { organizationId: ctx.orgId, id: statement.id } },
        data: { textUpdatedAt },
      });
    return { statementId: statement.id, lockVersion: statement.lockVersion, changed: false, major: false };
  }
  const updated = await tx.programStatement.updateMany({
    where: { id: statement.id, organizationId: ctx.orgId, lockVersion: input.lockVersion },
    data: {
      text,
      kind: input.kind,
      textUpdatedAt,
      lockVersion: { increment: 1 },
      // Learners' ratings and completions name the revision they were made on: a new one reopens them.
      ...(major ? { revision: { increment: 1 } } : {}),
    },
  });
  if (updated.count === 0) throw staleEdit();
  await recordAudit({
    tx,
    ctx,
    action: "program.statement.edit",
    targetType: "program",
    targetId: statement.program.id,
    data: {
      name: auditName(readText(statement.program.title), ctx),
      item: auditName(text, ctx),
      statementId: statement.id,
      language: lang,
      ...(major ? { major: true } : {}),
    },
  });
  return { statementId: statement.id, lockVersion: input.lockVersion + 1, changed: true, major };
}
