import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { fromIsoDate } from "./challenge-dates";
import type { AddAttemptInput } from "./challenge-input";
import { afterChallengeChange, lockChallenge } from "./challenge-writes";

export type AddedAttempt = { attemptId: string; created: boolean };

/** Logs one attempt. The form's request key makes it idempotent: a double submit logs one attempt. */
export const addAttempt = defineUseCase({ permission: "learning.participate", run: addAttemptUnchecked });
async function addAttemptUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: AddAttemptInput;
}): Promise<AddedAttempt> {
  const { tx, ctx, input } = options;
  await lockChallenge(tx, ctx);
  const repeated = await tx.challengeAttempt.findUnique({
    where: { organizationId_requestKey: { organizationId: ctx.orgId, requestKey: input.requestKey } },
    select: { id: true, membershipId: true },
  });
  if (repeated) {
    // Only the author's rows are visible here (row-level security), so this is their own repeat.
    if (repeated.membershipId !== ctx.membershipId)
      throw AppError.conflict({ messageKey: "challenge:errors.stale" });
    return { attemptId: repeated.id, created: false };
  }
  const { requestKey, occurredOn, ...fields } = input;
  const attempt = await tx.challengeAttempt.create({
    data: {
      organizationId: ctx.orgId,
      userId: ctx.userId,
      membershipId: ctx.membershipId,
      occurredOn: fromIsoDate(occurredOn),
      requestKey,
      ...fields,
    },
    select: { id: true },
  });
  await afterChallengeChange(tx, ctx);
  return { attemptId: attempt.id, created: true };
}
