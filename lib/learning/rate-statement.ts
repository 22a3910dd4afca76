import "server-only";
import { q, queryRows, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
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
 * Built with Kysely (lib/db/sql.ts) for the ON CONFLICT clauses Prisma cannot express (the partial
 * index of open requests).
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
  const createdAt = sql<Date>`(${at}::timestamptz at time zone 'UTC')`;
  const inserted = await queryRows(
    tx,
    q
      .with("statement", (db) =>
        db
          .selectFrom("ProgramStatement as s")
          .select(["s.id", "s.programId", "s.revision"])
          .where("s.organizationId", "=", uuid(ctx.orgId))
          .where("s.id", "=", uuid(input.statementId))
          .where((eb) => eb.not(eb.ref("s.hidden")))
          .where((eb) => assignedToLearner(ctx, eb.ref("s.programId"))),
      )
      .with("rating", (db) =>
        db
          .insertInto("Rating")
          .columns([
            "id",
            "organizationId",
            "membershipId",
            "programId",
            "statementId",
            "statementRevision",
            "level",
            "unclear",
            "wantsHelp",
            "requestKey",
            "createdAt",
          ])
          .expression(
            db
              .selectFrom("statement")
              .select((eb) => [
                sql<string>`gen_random_uuid()`.as("id"),
                uuid(ctx.orgId).as("organizationId"),
                uuid(ctx.membershipId).as("membershipId"),
                "statement.programId",
                "statement.id as statementId",
                "statement.revision",
                eb.val(input.level).as("level"),
                eb.val(input.unclear).as("unclear"),
                eb.val(input.wantsHelp).as("wantsHelp"),
                eb.val(input.requestKey).as("requestKey"),
                createdAt.as("createdAt"),
              ]),
          )
          .onConflict((oc) => oc.columns(["organizationId", "requestKey"]).doNothing())
          .returning(["id", "createdAt", "statementId", "programId", "statementRevision"]),
      )
      .with("note", (db) =>
        db
          .insertInto("RatingNote")
          .columns(["ratingId", "organizationId", "userId", "text", "createdAt"])
          .expression(
            db
              .selectFrom("rating")
              .select((eb) => [
                "rating.id",
                uuid(ctx.orgId).as("organizationId"),
                uuid(ctx.userId).as("userId"),
                eb.val(input.note).as("text"),
                "rating.createdAt",
              ])
              .where((eb) => eb(eb.val(input.note), "<>", sql.lit(""))),
          ),
      )
      .with("current_rating", (db) =>
        db
          .insertInto("CurrentRating")
          .columns([
            "organizationId",
            "membershipId",
            "statementId",
            "programId",
            "ratingId",
            "level",
            "statementRevision",
            "ratedAt",
          ])
          .expression(
            db
              .selectFrom("rating")
              .select((eb) => [
                uuid(ctx.orgId).as("organizationId"),
                uuid(ctx.membershipId).as("membershipId"),
                "rating.statementId",
                "rating.programId",
                "rating.id",
                eb.val(input.level).as("level"),
                "rating.statementRevision",
                "rating.createdAt",
              ]),
          )
          .onConflict((oc) =>
            oc
              .columns(["organizationId", "membershipId", "statementId"])
              .doUpdateSet((eb) => ({
                ratingId: eb.ref("excluded.ratingId"),
                level: eb.ref("excluded.level"),
                statementRevision: eb.ref("excluded.statementRevision"),
                ratedAt: eb.ref("excluded.ratedAt"),
              }))
              .whereRef("CurrentRating.ratedAt", "<=", "excluded.ratedAt"),
          ),
      )
      .with("help", (db) =>
        db
          .insertInto("HelpRequest")
          .columns(["id", "organizationId", "membershipId", "programId", "statementId", "createdAt"])
          .expression(
            db
              .selectFrom("rating")
              .select([
                sql<string>`gen_random_uuid()`.as("id"),
                uuid(ctx.orgId).as("organizationId"),
                uuid(ctx.membershipId).as("membershipId"),
                "rating.programId",
                "rating.statementId",
                "rating.createdAt",
              ])
              .where((eb) => eb.val(input.wantsHelp)),
          )
          // The partial unique index of open requests: its predicate names the index to conflict on.
          .onConflict((oc) =>
            oc
              .columns(["organizationId", "membershipId", "statementId"])
              .where("handledAt", "is", null)
              .doNothing(),
          ),
      )
      .with("activity", (db) =>
        db
          .updateTable("Membership")
          .from("rating")
          .set((eb) => ({
            lastActivityAt: eb.fn<Date>("greatest", [
              eb.fn.coalesce("Membership.lastActivityAt", "rating.createdAt"),
              eb.ref("rating.createdAt"),
            ]),
          }))
          .where("Membership.organizationId", "=", uuid(ctx.orgId))
          .where("Membership.id", "=", uuid(ctx.membershipId)),
      )
      .selectFrom("rating")
      .select(["rating.id", "rating.statementId", "rating.programId"]),
  );
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
