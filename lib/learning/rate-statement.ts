import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { RateStatementInput } from "./learning-input";
import { assignedToLearner, getLearnerStatementOrThrow } from "./learner-item";

export type RatedStatement = { ratingId: string; statementId: string; programId: string; created: boolean };

/**
 * Saves one self-assessment, all in the caller's transaction: the rating (history, never changed),
 * its private note, the current rating, a help request when asked for and none is open, and the
 * person's last activity. The form's requestKey makes it idempotent: the same key again (a double
 * click, a retry, twenty at once) answers with the rating the first one made and writes nothing.
 * Raw SQL for the ON CONFLICT clauses Prisma cannot express (the partial index of open requests).
 */
export const rateStatement = defineUseCase({
  permission: "learning.participate",
  run: rateStatementUnchecked,
});
async function rateStatementUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: RateStatementInput;
  now?: Date;
}): Promise<RatedStatement> {
  const { tx, ctx, input } = options;
  // Timestamps as UTC text: the columns are timestamp(3) without zone, as Prisma writes them.
  const at = (options.now ?? new Date()).toISOString();
  // One statement checks and writes everything a rating changes (data-modifying CTEs run together,
  // and each later part reads the new rating's row): the statement must be visible in a published
  // program assigned to the learner; then the history row, its private note, the current rating, a
  // help request when asked for and none is open, and the person's last activity. It returns no row
  // when the statement is not the learner's or the request key was used before; the slower path
  // below tells the two apart (npm run bench, rate-statement: one round trip, like a plain INSERT).
  const inserted = await tx.$queryRaw<{ id: string; statementId: string; programId: string }[]>`
    with statement as (
      select s.id, s."programId", s.revision
        from "ProgramStatement" s
       where s."organizationId" = ${ctx.orgId}::uuid and s.id = ${input.statementId}::uuid and not s.hidden
         and ${assignedToLearner(ctx, Prisma.sql`s."programId"`)}
    ), rating as (
      insert into "Rating" (id, "organizationId", "membershipId", "programId", "statementId",
                            "statementRevision", level, unclear, "wantsHelp", "requestKey", "createdAt")
      select gen_random_uuid(), ${ctx.orgId}::uuid, ${ctx.membershipId}::uuid, statement."programId",
             statement.id, statement.revision, ${input.level}, ${input.unclear}, ${input.wantsHelp},
             ${input.requestKey}, (${at}::timestamptz at time zone 'UTC')
        from statement
      on conflict ("organizationId", "requestKey") do nothing
      returning id, "createdAt", "statementId", "programId", "statementRevision"
    ), note as (
      insert into "RatingNote" ("ratingId", "organizationId", "userId", text, "createdAt")
      select rating.id, ${ctx.orgId}::uuid, ${ctx.userId}::uuid, ${input.note}, rating."createdAt"
        from rating where ${input.note} <> ''
    ), current_rating as (
      insert into "CurrentRating" ("organizationId", "membershipId", "statementId", "programId", "ratingId",
                                   level, "statementRevision", "ratedAt")
      select ${ctx.orgId}::uuid, ${ctx.membershipId}::uuid, rating."statementId", rating."programId",
             rating.id, ${input.level}, rating."statementRevision", rating."createdAt"
        from rating
      on conflict ("organizationId", "membershipId", "statementId") do update
        set "ratingId" = excluded."ratingId", level = excluded.level,
            "statementRevision" = excluded."statementRevision", "ratedAt" = excluded."ratedAt"
        where "CurrentRating"."ratedAt" <= excluded."ratedAt"
    ), help as (
      insert into "HelpRequest" (id, "organizationId", "membershipId", "programId", "statementId", "createdAt")
      select gen_random_uuid(), ${ctx.orgId}::uuid, ${ctx.membershipId}::uuid, rating."programId",
             rating."statementId", rating."createdAt"
        from rating where ${input.wantsHelp}
      on conflict ("organizationId", "membershipId", "statementId") where "handledAt" is null do nothing
    ), activity as (
      update "Membership" set "lastActivityAt" = greatest(coalesce("lastActivityAt", rating."createdAt"), rating."createdAt")
        from rating
       where "Membership"."organizationId" = ${ctx.orgId}::uuid and "Membership".id = ${ctx.membershipId}::uuid
    )
    select id::text, "statementId"::text as "statementId", "programId"::text as "programId" from rating`;
  const rated = inserted[0];
  if (!rated) {
    // Not the learner's statement (draft, unassigned, hidden, another organization's): NOT_FOUND.
    await getLearnerStatementOrThrow(tx, ctx, input.statementId);
    // Otherwise the same form was submitted before (or is being submitted right now: the unique
    // index waited for that transaction to commit). Its rating is the answer.
    const existing = await tx.rating.findFirst({
      where: { organizationId: ctx.orgId, requestKey: input.requestKey, membershipId: ctx.membershipId },
      select: { id: true, statementId: true, programId: true },
    });
    if (!existing) throw AppError.conflict({ messageKey: "learning:errors.stale" });
    return {
      ratingId: existing.id,
      statementId: existing.statementId,
      programId: existing.programId,
      created: false,
    };
  }
  return { ratingId: rated.id, statementId: rated.statementId, programId: rated.programId, created: true };
}
