// The completion CSV: one row per person and assigned program, read a page of people at a time
// (keyset on the membership id), so 10,000 people never sit in memory at once. The organization's
// file lists every assignee, the team's file the team's learners: the same people as the pages
// (who-counts.ts). Each person's teams say where they are a manager, so nobody reads a manager as a
// team's learner.
import "server-only";
import { queryRows, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { readText, type LocalizedText } from "@/lib/programs/program-texts";
import { getInsightTeamOrThrow } from "./insight-teams";
import { describeProgress, withProgress, type PeopleScope } from "./learning-progress";
import { teamLearnerWhere } from "./who-counts";

export type ExportTeamPlace = { name: string; manager: boolean };

export type CompletionExportRow = {
  name: string | null;
  email: string;
  teams: ExportTeamPlace[];
  programTitle: LocalizedText;
  total: number;
  done: number;
  percent: number;
  completedAt: Date | null;
  dueDate: Date | null;
  overdue: boolean;
  lastActivityAt: Date | null;
};

export const EXPORT_PAGE_SIZE = 500;

/** One page: the rows of up to `limit` people after `after`, and where the next page starts (null: done). */
export async function completionExportPage(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  after: string | null;
  now: Date;
  limit?: number;
  /** One team's learners (its manager or HR); without it, the whole organization (HR). */
  teamId?: string;
}): Promise<{ rows: CompletionExportRow[]; next: string | null }> {
  const { tx, ctx, now } = options;
  const limit = options.limit ?? EXPORT_PAGE_SIZE;
  const after = options.after ? { id: { gt: options.after } } : {};
  let people: { id: string }[];
  if (options.teamId) {
    // NOT_FOUND for a team of another organization or one the person does not manage.
    const team = await getInsightTeamOrThrow({ tx, ctx, teamId: options.teamId });
    people = await tx.membership.findMany({
      where: {
        organizationId: ctx.orgId,
        ...after,
        teamMembers: { some: { organizationId: ctx.orgId, teamId: team.id, ...teamLearnerWhere } },
      },
      orderBy: { id: "asc" },
      take: limit,
      select: { id: true },
    });
  } else {
    requirePermission(ctx, "insights.viewOrganization");
    people = await tx.membership.findMany({
      where: { organizationId: ctx.orgId, status: "active", ...after },
      orderBy: { id: "asc" },
      take: limit,
      select: { id: true },
    });
  }
  const membershipIds = people.map((person) => person.id);
  const scope: PeopleScope = { orgId: ctx.orgId, teamId: null, membershipIds };
  const rows = await queryRows(
    tx,
    withProgress(scope)
      .selectFrom("progress as pr")
      .innerJoin("Membership as m", (join) =>
        join.on("m.organizationId", "=", uuid(ctx.orgId)).onRef("m.id", "=", "pr.membership_id"),
      )
      .innerJoin("User as u", "u.id", "m.userId")
      .innerJoin("Program as p", (join) =>
        join.on("p.organizationId", "=", uuid(ctx.orgId)).onRef("p.id", "=", "pr.program_id"),
      )
      .select((eb) => [
        "u.name",
        "u.email",
        eb
          .selectFrom("TeamMember as tm")
          .innerJoin("Team as t", (join) =>
            join.onRef("t.organizationId", "=", "tm.organizationId").onRef("t.id", "=", "tm.teamId"),
          )
          .select((eb2) =>
            sql<ExportTeamPlace[] | null>`json_agg(json_build_object('name', ${eb2.ref("t.name")}, 'manager', ${eb2.ref(
              "tm.isManager",
            )}) order by ${eb2.ref("t.name")})`.as("teams"),
          )
          .where("tm.organizationId", "=", uuid(ctx.orgId))
          .whereRef("tm.membershipId", "=", "pr.membership_id")
          .as("teams"),
        "p.title as programTitle",
        "pr.total",
        "pr.done",
        "pr.last_done_at as lastDoneAt",
        "pr.due_date as dueDate",
        "m.lastActivityAt",
      ])
      .orderBy("pr.membership_id")
      .orderBy("pr.program_id"),
  );
  return {
    rows: rows.map((row) => {
      const progress = describeProgress(row, now);
      return {
        name: row.name,
        email: row.email,
        teams: row.teams ?? [],
        programTitle: readText(row.programTitle),
        total: row.total,
        done: row.done,
        percent: progress.percent,
        completedAt: progress.completedAt,
        dueDate: row.dueDate,
        overdue: progress.overdue,
        lastActivityAt: row.lastActivityAt,
      };
    }),
    next: people.length === limit ? people.at(-1)!.id : null,
  };
}
