import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import type { RateStatementInput } from "./learning-input";
import { getLearnerStatementOrThrow } from "./learner-item";

export type RatedStatement = { ratingId: string; statementId: string; programId: string; created: boolean };

/**
 * Saves one self-assessment, all in the caller's transaction: the rating (history, never changed),
 * its private note, the current rating, a help request when asked for and none is open, and the
 * person's last activity. The form's requestKey makes it idempotent: the same key again (a double
 * click, a retry, twenty at once) answers with the rating the first one made and writes nothing.
 * Raw SQL for the ON CONFLICT clauses Prisma cannot express (the partial index of open requests).
 */
export async function rateStatement(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: RateStatementInput;
  now?: Date;
}): Promise<RatedStatement> {
  const { tx, ctx, input } = options;
  requirePermission(ctx, "learning.participate");
  const statement = await getLearnerStatementOrThrow(tx, ctx, input.statementId);
  // Timestamps as UTC text: the columns are timestamp(3) without zone, as Prisma writes them.
  const at = (options.now ?? new Date()).toISOString();
  // One statement writes everything a rating changes (data-modifying CTEs run together, and each
  // later part reads the new rating's row): the history row, its private note, the current rating,
  // a help request when asked for and none is open, and the person's last activity. Nothing is
  // written when the request key was used before (ON CONFLICT … DO NOTHING returns no row).
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    with rating as (
      insert into "Rating" (id, "organizationId", "membershipId", "programId", "statementId",
                            "statementRevision", level, unclear, "wantsHelp", "requestKey", "createdAt")
      values (gen_random_uuid(), ${ctx.orgId}::uuid, ${ctx.membershipId}::uuid, ${statement.programId}::uuid,
              ${statement.id}::uuid, ${statement.revision}, ${input.level}, ${input.unclear}, ${input.wantsHelp},
              ${input.requestKey}, (${at}::timestamptz at time zone 'UTC'))
      on conflict ("organizationId", "requestKey") do nothing
      returning id, "createdAt"
    ), note as (
      insert into "RatingNote" ("ratingId", "organizationId", "userId", text, "createdAt")
      select rating.id, ${ctx.orgId}::uuid, ${ctx.userId}::uuid, ${input.note}, rating."createdAt"
        from rating where ${input.note} <> ''
    ), current_rating as (
      insert into "CurrentRating" ("organizationId", "membershipId", "statementId", "programId", "ratingId",
                                   level, "statementRevision", "ratedAt")
      select ${ctx.orgId}::uuid, ${ctx.membershipId}::uuid, ${statement.id}::uuid, ${statement.programId}::uuid,
             rating.id, ${input.level}, ${statement.revision}, rating."createdAt"
        from rating
      on conflict ("organizationId", "membershipId", "statementId") do update
        set "ratingId" = excluded."ratingId", level = excluded.level,
            "statementRevision" = excluded."statementRevision", "ratedAt" = excluded."ratedAt"
        where "CurrentRating"."ratedAt" <= excluded."ratedAt"
    ), help as (
      insert into "HelpRequest" (id, "organizationId", "membershipId", "programId", "statementId", "createdAt")
      select gen_random_uuid(), ${ctx.orgId}::uuid, ${ctx.membershipId}::uuid, ${statement.programId}::uuid,
             ${statement.id}::uuid, rating."createdAt"
        from rating where ${input.wantsHelp}
      on conflict ("organizationId", "membershipId", "statementId") where "handledAt" is null do nothing
    ), activity as (
      update "Membership" set "lastActivityAt" = greatest(coalesce("lastActivityAt", rating."createdAt"), rating."createdAt")
        from rating
       where "Membership"."organizationId" = ${ctx.orgId}::uuid and "Membership".id = ${ctx.membershipId}::uuid
    )
    select id::text from rating`;
  const ratingId = inserted[0]?.id;
  if (!ratingId) {
    // The same form was submitted before (or is being submitted right now: the unique index waited
    // for that transaction to commit). Its rating is the answer.
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
  return { ratingId, statementId: statement.id, programId: statement.programId, created: true };
}
