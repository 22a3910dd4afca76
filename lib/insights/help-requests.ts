// Help requests ("I'd like help with this"): what a manager acts on. Listing is one query for a
// team or the whole organization; marking one handled is idempotent.
import "server-only";
import { q, queryRows, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { can } from "@/lib/permissions/permissions";
import { defineUseCase } from "@/lib/permissions/use-case";
import { readText, type LocalizedText } from "@/lib/programs/program-texts";
import { peopleQuery, type PeopleScope } from "./learning-progress";

export type HelpRequestRow = {
  id: string;
  membershipId: string;
  name: string | null;
  email: string;
  programId: string;
  statementId: string;
  programTitle: LocalizedText;
  statementText: LocalizedText;
  createdAt: Date;
  handledAt: Date | null;
};

/** Open requests first (oldest first), then those handled in the last 30 days. At most `limit`. */
export async function listHelpRequests(options: {
  tx: TenantTx;
  scope: PeopleScope;
  now: Date;
  /** Only requests nobody handled yet (the HR overview). */
  openOnly?: boolean;
  limit?: number;
}): Promise<HelpRequestRow[]> {
  const { tx, scope, now } = options;
  const since = options.openOnly ? null : new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const rows = await queryRows(
    tx,
    q
      .selectFrom("HelpRequest as h")
      .innerJoin("Membership as m", (join) =>
        join.onRef("m.organizationId", "=", "h.organizationId").onRef("m.id", "=", "h.membershipId"),
      )
      .innerJoin("User as u", "u.id", "m.userId")
      .innerJoin("ProgramStatement as s", (join) =>
        join.onRef("s.organizationId", "=", "h.organizationId").onRef("s.id", "=", "h.statementId"),
      )
      .innerJoin("Program as p", (join) =>
        join.onRef("p.organizationId", "=", "s.organizationId").onRef("p.id", "=", "s.programId"),
      )
      .select([
        "h.id",
        "h.membershipId",
        "u.name",
        "u.email",
        "p.id as programId",
        "s.id as statementId",
        "p.title as programTitle",
        "s.text as statementText",
        "h.createdAt",
        "h.handledAt",
      ])
      .where("h.organizationId", "=", uuid(scope.orgId))
      .where("h.membershipId", "in", peopleQuery(scope))
      .where((eb) =>
        eb.or([eb("h.handledAt", "is", null), eb("h.handledAt", ">=", sql<Date>`${since}::timestamptz`)]),
      )
      .orderBy((eb) => eb("h.handledAt", "is", null), "desc")
      .orderBy("h.createdAt", "asc")
      .orderBy("h.id")
      .limit(options.limit ?? 200),
  );
  return rows.map((row) => ({
    ...row,
    programTitle: readText(row.programTitle),
    statementText: readText(row.statementText),
  }));
}

export type HandledHelpRequest = { helpRequestId: string; alreadyHandled: boolean };

/**
 * Marks a help request handled. HR may handle any in the organization; a manager only those of
 * members of a team they manage (NOT_FOUND otherwise, as for a request that does not exist).
 * Handling a handled request again changes nothing.
 */
export const markHelpRequestHandled = defineUseCase({
  permission: "teams.viewProgress",
  run: markHelpRequestHandledUnchecked,
});
async function markHelpRequestHandledUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: { helpRequestId: string };
  now?: Date;
}): Promise<HandledHelpRequest> {
  const { tx, ctx, input } = options;
  const request = await tx.helpRequest.findFirst({
    where: {
      id: input.helpRequestId,
      organizationId: ctx.orgId,
      ...(can(ctx.role, "insights.viewOrganization")
        ? {}
        : {
            membership: {
              teamMembers: {
                some: {
                  isManager: false,
                  team: { members: { some: { membershipId: ctx.membershipId, isManager: true } } },
                },
              },
            },
          }),
    },
    select: { id: true, handledAt: true },
  });
  if (!request) throw AppError.notFound({ messageKey: "insights:errors.helpRequestNotFound" });
  const updated = await tx.helpRequest.updateMany({
    where: { id: request.id, organizationId: ctx.orgId, handledAt: null },
    data: { handledAt: options.now ?? new Date(), handledById: ctx.userId },
  });
  return { helpRequestId: request.id, alreadyHandled: updated.count === 0 };
}

export type StatementResource = { id: string; programId: string; title: LocalizedText };

/**
 * The visible resources of some statements, in their order: what a manager can point someone who
 * asked for help to. One query.
 */
export async function listStatementResources(options: {
  tx: TenantTx;
  orgId: string;
  statementIds: string[];
}): Promise<Map<string, StatementResource[]>> {
  const { tx, orgId, statementIds } = options;
  const byStatement = new Map<string, StatementResource[]>(statementIds.map((id) => [id, []]));
  if (statementIds.length === 0) return byStatement;
  const rows = await tx.programResource.findMany({
    where: { organizationId: orgId, statementId: { in: statementIds }, hidden: false },
    orderBy: [{ statementId: "asc" }, { position: "asc" }],
    select: { id: true, programId: true, statementId: true, title: true },
  });
  for (const row of rows)
    byStatement
      .get(row.statementId)
      ?.push({ id: row.id, programId: row.programId, title: readText(row.title) });
  return byStatement;
}
