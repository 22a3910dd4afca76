// HR's overview of the whole organization in a fixed number of queries, however many people and
// teams (issue 7, items 7 and 11): per program assigned / started / completed in total and by team,
// overdue people, open help requests, and organization-level distributions (k rule).
import "server-only";
import { queryRows, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import {
  listHelpRequests,
  listStatementResources,
  type HelpRequestRow,
  type StatementResource,
} from "./help-requests";
import { groupHelpRequests, type HelpGroup } from "./team-summary";
import { isComplete, withProgress } from "./learning-progress";
import { effectiveMinimumGroupSize, type Distribution } from "./minimum-group";
import { listProgramStatements, type InsightProgram } from "./program-statements";
import { currentDistributions } from "./published-distributions";

export type ProgramFigures = { assigned: number; started: number; completed: number };

export type ProgramOverview = InsightProgram & {
  /** Every assignee (who-counts.ts). */
  total: ProgramFigures & {
    /** Assignees who are no team's learner: managers, HR, people in no team. With the teams' rows
     * (learners), this is why the total need not be the sum of the teams. */
    outsideTeams: number;
  };
  byTeam: ({ teamId: string; teamName: string } & ProgramFigures)[];
};

export type OverduePerson = {
  membershipId: string;
  name: string;
  programId: string;
  dueDate: Date;
  percent: number;
};

export type OrganizationOverview = {
  k: number;
  teamCount: number;
  programs: ProgramOverview[];
  overdue: OverduePerson[];
  /** How many people × programs are overdue in all (the list shows at most OVERDUE_LIMIT). */
  overdueCount: number;
  helpRequests: HelpRequestRow[];
  /** The open requests by statement, with each statement's resources. */
  helpGroups: HelpGroup<HelpRequestRow>[];
  resources: Map<string, StatementResource[]>;
  distributions: Map<string, Distribution>;
};

export const OVERDUE_LIMIT = 200;

export const getOrganizationOverview = defineUseCase({
  permission: "insights.viewOrganization",
  run: getOrganizationOverviewUnchecked,
});
async function getOrganizationOverviewUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  now?: Date;
  /** HR's home shows no rating figures: it skips reading them. */
  withDistributions?: boolean;
}): Promise<OrganizationOverview> {
  const { tx, ctx } = options;
  const now = options.now ?? new Date();
  const scope = { orgId: ctx.orgId, teamId: null } as const;
  // A due date is a day: it has passed once that day (UTC) is over.
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const [organization, teamCount, figures, overdue, helpRequests] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { minimumGroupSize: true } }),
    tx.team.count({ where: { organizationId: ctx.orgId } }),
    queryRows(
      tx,
      withProgress(scope)
        .with("figures", (db) =>
          db
            .selectFrom("progress")
            .select((eb) => [
              "progress.program_id",
              sql<string | null>`null::uuid`.as("team_id"),
              sql<number>`count(*)::int`.as("assigned"),
              sql<number>`count(*) filter (where ${eb.ref("progress.done")} > 0)::int`.as("started"),
              sql<number>`count(*) filter (where ${isComplete(eb.ref("progress.total"), eb.ref("progress.done"))})::int`.as(
                "completed",
              ),
              sql<number>`count(*) filter (where not exists ${eb
                .selectFrom("TeamMember as tm")
                .select(sql.lit(1).as("one"))
                .where("tm.organizationId", "=", uuid(ctx.orgId))
                .whereRef("tm.membershipId", "=", "progress.membership_id")
                .where((eb2) => eb2.not(eb2.ref("tm.isManager")))})::int`.as("outside"),
            ])
            .groupBy("progress.program_id")
            // A team's row counts its learners (who-counts.ts); progress holds active people only.
            .unionAll((eb) =>
              eb
                .selectFrom("progress as pr")
                .innerJoin("TeamMember as tm", (join) =>
                  join
                    .on("tm.organizationId", "=", uuid(ctx.orgId))
                    .onRef("tm.membershipId", "=", "pr.membership_id")
                    .on((eb2) => eb2.not(eb2.ref("tm.isManager"))),
                )
                .select((eb2) => [
                  "pr.program_id",
                  "tm.teamId as team_id",
                  sql<number>`count(*)::int`.as("assigned"),
                  sql<number>`count(*) filter (where ${eb2.ref("pr.done")} > 0)::int`.as("started"),
                  sql<number>`count(*) filter (where ${isComplete(eb2.ref("pr.total"), eb2.ref("pr.done"))})::int`.as(
                    "completed",
                  ),
                  sql.lit(0).as("outside"),
                ])
                .groupBy(["pr.program_id", "tm.teamId"]),
            ),
        )
        .selectFrom("figures as f")
        .leftJoin("Team as t", (join) => join.on("t.organizationId", "=", uuid(ctx.orgId)).onRef("t.id", "=", "f.team_id"))
        .select([
          sql<string>`${sql.ref("f.program_id")}::text`.as("programId"),
          sql<string | null>`${sql.ref("f.team_id")}::text`.as("teamId"),
          "t.name as teamName",
          "f.assigned",
          "f.started",
          "f.completed",
          "f.outside as outsideTeams",
        ])
        .orderBy("t.name", (ob) => ob.nullsFirst()),
    ),
    queryRows(
      tx,
      withProgress(scope)
        .selectFrom("progress as pr")
        .innerJoin("Membership as m", (join) =>
          join.on("m.organizationId", "=", uuid(ctx.orgId)).onRef("m.id", "=", "pr.membership_id"),
        )
        .innerJoin("User as u", "u.id", "m.userId")
        .select((eb) => [
          sql<string>`${eb.ref("pr.membership_id")}::text`.as("membershipId"),
          sql<string>`coalesce(nullif(${eb.ref("u.name")}, ''), ${eb.ref("u.email")})`.as("name"),
          sql<string>`${eb.ref("pr.program_id")}::text`.as("programId"),
          sql<Date>`${eb.ref("pr.due_date")}`.as("dueDate"),
          "pr.total",
          "pr.done",
          sql<number>`count(*) over ()::int`.as("overdueCount"),
        ])
        .where("pr.due_date", "<", sql<Date>`${today}::date`)
        .where((eb) => eb.not(isComplete(eb.ref("pr.total"), eb.ref("pr.done"))))
        .orderBy("pr.due_date")
        .orderBy("name")
        .limit(OVERDUE_LIMIT),
    ),
    listHelpRequests({ tx, scope, now, openOnly: true }),
  ]);
  const k = effectiveMinimumGroupSize(organization.minimumGroupSize);
  const programIds = [...new Set(figures.map((row) => row.programId))];
  const statements = await listProgramStatements({ tx, orgId: ctx.orgId, programIds });
  const helpGroups = groupHelpRequests(helpRequests);
  const resources = await listStatementResources({
    tx,
    orgId: ctx.orgId,
    statementIds: helpGroups.map((group) => group.statementId),
  });
  const distributions =
    options.withDistributions === false
      ? new Map<string, Distribution>()
      : await currentDistributions({
          tx,
          group: scope,
          statementIds: statements.flatMap((program) => program.statements.map((statement) => statement.id)),
          k,
        });
  const programs = statements.map((program) => {
    const rows = figures.filter((row) => row.programId === program.id);
    const total = rows.find((row) => row.teamId === null);
    return {
      ...program,
      total: {
        assigned: total?.assigned ?? 0,
        started: total?.started ?? 0,
        completed: total?.completed ?? 0,
        outsideTeams: total?.outsideTeams ?? 0,
      },
      byTeam: rows.flatMap((row) =>
        row.teamId === null
          ? []
          : [
              {
                teamId: row.teamId,
                teamName: row.teamName ?? "",
                assigned: row.assigned,
                started: row.started,
                completed: row.completed,
              },
            ],
      ),
    };
  });
  return {
    k,
    teamCount,
    programs,
    overdue: overdue.map(({ membershipId, name, programId, dueDate, total, done }) => ({
      membershipId,
      name,
      programId,
      dueDate,
      percent: total === 0 ? 0 : Math.round((done / total) * 100),
    })),
    overdueCount: overdue[0]?.overdueCount ?? 0,
    helpRequests,
    helpGroups,
    resources,
    distributions,
  };
}
