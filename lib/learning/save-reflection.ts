import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { SaveReflectionInput } from "./learning-input";
import { getLearnerStatementOrThrow } from "./learner-item";
import { recordActivity } from "./record-activity";

/**
 * Saves the learner's answer to one reflection prompt of a statement (again: it replaces the
 * previous answer). Private: the row carries the author's user id, and row-level security shows it
 * to nobody else (app.user_id), whatever role they have.
 */
export const saveReflection = defineUseCase({
  permission: "learning.participate",
  run: saveReflectionUnchecked,
});
async function saveReflectionUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: SaveReflectionInput;
  now?: Date;
}): Promise<{ statementId: string; promptIndex: number }> {
  const { tx, ctx, input } = options;
  const statement = await getLearnerStatementOrThrow(tx, ctx, input.statementId);
  const prompts = Array.isArray(statement.reflectionPrompts) ? statement.reflectionPrompts : [];
  if (input.promptIndex >= prompts.length)
    throw AppError.notFound({ messageKey: "learning:errors.notFound" });
  const where = {
    organizationId: ctx.orgId,
    membershipId: ctx.membershipId,
    statementId: statement.id,
    promptIndex: input.promptIndex,
  };
  await tx.reflection.upsert({
    where: { organizationId_membershipId_statementId_promptIndex: where },
    create: { ...where, userId: ctx.userId, text: input.text },
    update: { text: input.text },
  });
  await recordActivity(tx, ctx, options.now ?? new Date());
  return { statementId: statement.id, promptIndex: input.promptIndex };
}
