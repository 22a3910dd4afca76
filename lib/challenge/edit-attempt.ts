import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { fromIsoDate } from "./challenge-dates";
import type { DeleteAttemptInput, UpdateAttemptInput } from "./challenge-input";
import { afterChallengeChange, lockChallenge } from "./challenge-writes";

/** One of the person's own attempts, or NOT_FOUND (someone else's is invisible anyway). */
async function ownAttemptOrThrow(tx: TenantTx, ctx: WorkspaceContext, attemptId: string) {
  const attempt = await tx.challengeAttempt.findFirst({
    where: { id: attemptId, organizationId: ctx.orgId, membershipId: ctx.membershipId, userId: ctx.userId },
    select: { id: true },
  });
  if (!attempt) throw AppError.notFound({ messageKey: "challenge:errors.attemptNotFound" });
  return attempt;
}

export const updateAttempt = defineUseCase({
  permission: "learning.participate",
  run: updateAttemptUnchecked,
});
async function updateAttemptUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: UpdateAttemptInput;
}) {
  const { tx, ctx, input } = options;
  await lockChallenge(tx, ctx);
  const { attemptId, occurredOn, ...fields } = input;
  const attempt = await ownAttemptOrThrow(tx, ctx, attemptId);
  await tx.challengeAttempt.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: attempt.id } },
    data: { ...fields, occurredOn: fromIsoDate(occurredOn) },
  });
  await afterChallengeChange(tx, ctx);
  return { attemptId: attempt.id };
}

export const deleteAttempt = defineUseCase({
  permission: "learning.participate",
  run: deleteAttemptUnchecked,
});
async function deleteAttemptUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: DeleteAttemptInput;
}) {
  const { tx, ctx, input } = options;
  await lockChallenge(tx, ctx);
  const attempt = await ownAttemptOrThrow(tx, ctx, input.attemptId);
  await tx.challengeAttempt.delete({
    where: { organizationId_id: { organizationId: ctx.orgId, id: attempt.id } },
  });
  await afterChallengeChange(tx, ctx);
  return { attemptId: attempt.id };
}
