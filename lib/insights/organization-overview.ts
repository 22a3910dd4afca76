// HR's overview of the whole organization in a fixed number of queries, however many people and
// teams (issue 7, items 7 and 11): per program assigned / started / completed in total and by team,
// overdue people, open help requests, and organization-level distributions (k rule).
import "server-only";
import type { Col } from "@/lib/db/sql";
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
import { progressCtes } from "./learning-progress";
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

// Rows of the two statements below, SQL text around the progress CTEs (ADR 037): columns typed from
// the schema (a figure row's team is the left-joined Team, so null for the whole organization).
type FigureRow = {
  programId: Col<"Program", "id">;
  teamId: Col<"Team", "id"> | null;
  teamName: Col<"Team", "name"> | null;
  outsideTeams: number;
} & ProgramFigures;

type OverdueRow = {
  membershipId: Col<"Membership", "id">;
  name: Col<"User", "email">;
  programId: Col<"Program", "id">;
  dueDate: NonNullable<Col<"Assignment", "dueDate">>;
  total: number;
  done: number;
  overdueCount: number;
};

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
  const scope = { orgId: ctx.orgId, teamId: null };
  const progress = progressCtes(scope);
  // A due date is a day: it has passed once that day (UTC) is over.
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const [organization, teamCount, figures, overdue, helpRequests] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { minimumGroupSize: true } }),
    tx.team.count({ where: { organizationId: ctx.orgId } }),
    tx.$queryRaw<FigureRow[]>`with ${progress},
      figures as (
        select program_id, null::uuid as team_id, count(*)::int as assigned,
               count(*) filter (where done > 0)::int as started,
               count(*) filter (where total > 0 and done >= total)::int as completed,
               count(*) filter (where not exists (
                 select 1 from "TeamMember" tm where tm."organizationId" = ${ctx.orgId}::uuid
                   and tm."membershipId" = progress.membership_id and not tm."isManager"))::int as outside
        from progress group by program_id
        union all
        -- A team's row counts its learners (who-counts.ts); progress holds active people only.
        select pr.program_id, tm."teamId", count(*)::int,
               count(*) filter (where pr.done > 0)::int,
               count(*) filter (where pr.total > 0 and pr.done >= pr.total)::int, 0
        from progress pr
        join "TeamMember" tm on tm."organizationId" = ${ctx.orgId}::uuid
          and tm."membershipId" = pr.membership_id and not tm."isManager"
        group by pr.program_id, tm."teamId"
      )
      select f.program_id::text as "programId", f.team_id::text as "teamId", t.name as "teamName",
             f.assigned, f.started, f.completed, f.outside as "outsideTeams"
      from figures f
      left join "Team" t on t."organizationId" = ${ctx.orgId}::uuid and t.id = f.team_id
      order by t.name nulls first`,
    tx.$queryRaw<OverdueRow[]>`
      with ${progress}
      select pr.membership_id::text as "membershipId", coalesce(nullif(u.name, ''), u.email) as name,
             pr.program_id::text as "programId", pr.due_date as "dueDate", pr.total, pr.done,
             count(*) over ()::int as "overdueCount"
      from progress pr
      join "Membership" m on m."organizationId" = ${ctx.orgId}::uuid and m.id = pr.membership_id
      join "User" u on u.id = m."userId"
      where pr.due_date < ${today}::date and not (pr.total > 0 and pr.done >= pr.total)
      order by pr.due_date, name
      limit ${OVERDUE_LIMIT}`,
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
