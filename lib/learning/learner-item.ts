import "server-only";
import { expressionBuilder, type Expression, type SqlBool } from "kysely";
import { q, queryRows, sql, uuid, type DB, type Row } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { EVERYONE } from "@/lib/programs/assigned-people";

const notFound = () => AppError.notFound({ messageKey: "learning:errors.notFound" });

/**
 * SQL true when the program (`program_id`) is published and assigned to the learner: to everyone,
 * to a team they are in, or to them by name. The same rule as listAssignedProgramsForMember, in one expression, so
 * that a rating or a "done" costs one lookup (npm run bench, rate-statement).
 */
export function assignedToLearner(ctx: WorkspaceContext, programId: Expression<string>): Expression<SqlBool> {
  const eb = expressionBuilder<DB, never>();
  return eb.exists(
    q
      .selectFrom("Program as p")
      .innerJoin("Assignment as a", (join) =>
        join.onRef("a.organizationId", "=", "p.organizationId").onRef("a.programId", "=", "p.id"),
      )
      .select(sql.lit(1).as("one"))
      .where("p.organizationId", "=", uuid(ctx.orgId))
      .where("p.id", "=", programId)
      .where("p.status", "=", sql.lit("published"))
      .where((eb) =>
        eb.or([
          eb("a.audienceKey", "=", EVERYONE),
          eb("a.membershipId", "=", uuid(ctx.membershipId)),
          eb(
            "a.teamId",
            "in",
            eb
              .selectFrom("TeamMember as tm")
              .select("tm.teamId")
              .where("tm.organizationId", "=", uuid(ctx.orgId))
              .where("tm.membershipId", "=", uuid(ctx.membershipId)),
          ),
        ]),
      ),
  );
}

export type LearnerStatement = Row<"ProgramStatement", "id" | "programId" | "revision" | "reflectionPrompts">;

/**
 * A visible statement of a published program assigned to the learner, or NOT_FOUND: ids come from
 * forms, so a statement of a draft, unassigned or other organization's program answers the same.
 */
export async function getLearnerStatementOrThrow(
  tx: TenantTx,
  ctx: WorkspaceContext,
  statementId: string,
): Promise<LearnerStatement> {
  const [statement] = await queryRows(
    tx,
    q
      .selectFrom("ProgramStatement as s")
      .select(["s.id", "s.programId", "s.revision", "s.reflectionPrompts"])
      .where("s.organizationId", "=", uuid(ctx.orgId))
      .where("s.id", "=", uuid(statementId))
      .where((eb) => eb.not(eb.ref("s.hidden")))
      .where((eb) => assignedToLearner(ctx, eb.ref("s.programId"))),
  );
  if (!statement) throw notFound();
  return statement;
}

/** A visible resource (of a visible statement) in a program assigned to the learner, or NOT_FOUND. */
export async function getLearnerResourceOrThrow(
  tx: TenantTx,
  ctx: WorkspaceContext,
  resourceId: string,
): Promise<Row<"ProgramResource", "id" | "programId" | "revision">> {
  const [resource] = await queryRows(
    tx,
    q
      .selectFrom("ProgramResource as r")
      .innerJoin("ProgramStatement as s", (join) =>
        join.onRef("s.organizationId", "=", "r.organizationId").onRef("s.id", "=", "r.statementId"),
      )
      .select(["r.id", "r.programId", "r.revision"])
      .where("r.organizationId", "=", uuid(ctx.orgId))
      .where("r.id", "=", uuid(resourceId))
      .where((eb) => eb.and([eb.not(eb.ref("r.hidden")), eb.not(eb.ref("s.hidden"))]))
      .where((eb) => assignedToLearner(ctx, eb.ref("r.programId"))),
  );
  if (!resource) throw notFound();
  return resource;
}
