// Everything the manager's team page shows, in a fixed number of queries whatever the team's size
// (issue 7, item 11): access, settings, members, progress, statements, distributions, trend, help
// requests and the ratings of members who chose to share them. Never reads private tables.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { getInsightTeamOrThrow } from "./insight-teams";
import { describeProgress, listProgress } from "./learning-progress";
import { effectiveMinimumGroupSize, type Distribution } from "./minimum-group";
import {
  listHelpRequests,
  listStatementResources,
  type HelpRequestRow,
  type StatementResource,
} from "./help-requests";
import { listProgramStatements, type InsightProgram } from "./program-statements";
import { currentDistributions, trendDistributions, type TrendMonth } from "./published-distributions";
import { activityDay } from "./activity-day";
import { isSettling } from "./snapshots/release-rules";
import {
  groupHelpRequests,
  needsAttention,
  summarizeTeam,
  type AttentionItem,
  type HelpGroup,
  type TeamSummary,
} from "./team-summary";
import { teamLearnerWhere } from "./who-counts";

export type MemberProgress = {
  membershipId: string;
  name: string;
  email: string;
  programId: string;
  total: number;
  done: number;
  percent: number;
  complete: boolean;
  /** Anything done in the program at all. */
  started: boolean;
  /** A day, not a time (ADR 014): the moment someone rated must not be matched with a figure. */
  completedAt: Date | null;
  dueDate: Date | null;
  overdue: boolean;
  /** A day, not a time (ADR 014). */
  lastActivityAt: Date | null;
};

export type SharedRating = { statementId: string; level: number; ratedAt: Date };

export type TeamDashboard = {
  team: { id: string; name: string; viewerManages: boolean };
  /** The team's membership changed within SETTLING_DAYS: new figures wait (ADR 014). */
  settling: boolean;
  k: number;
  /** The team's learners (who-counts.ts). */
  memberCount: number;
  /** Members without any assigned program still appear, so nobody is silently left out. */
  unassigned: { membershipId: string; name: string; lastActivityAt: Date | null }[];
  rows: MemberProgress[];
  programs: InsightProgram[];
  distributions: Map<string, Distribution>;
  trend: TrendMonth[];
  helpRequests: HelpRequestRow[];
  /** The key numbers at the top, from the same rows and requests as everything below them. */
  summary: TeamSummary;
  attention: AttentionItem[];
  /** Help requests by statement, with the statement's resources to point people to. */
  helpGroups: HelpGroup<HelpRequestRow>[];
  resources: Map<string, StatementResource[]>;
  /** Only members who switched sharing on, and only for the team's managers (sharing is with them). */
  sharedRatings: { membershipId: string; name: string; ratings: SharedRating[] }[];
  /** Rejection-challenge counts of members who chose to share only their count with their teams. */
  challengeCounts: { membershipId: string; name: string; noCount: number; target: number }[];
};

export async function getTeamDashboard(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  teamId: string;
  now?: Date;
}): Promise<TeamDashboard> {
  const { tx, ctx } = options;
  const now = options.now ?? new Date();
  const team = await getInsightTeamOrThrow({ tx, ctx, teamId: options.teamId });
  const scope = { orgId: ctx.orgId, teamId: team.id };
  const settling = isSettling(team.membersChangedAt, now);
  const [organization, members, progress] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { minimumGroupSize: true } }),
    tx.teamMember.findMany({
      where: { organizationId: ctx.orgId, teamId: team.id, ...teamLearnerWhere },
      select: {
        membership: {
          select: {
            id: true,
            lastActivityAt: true,
            shareRatingsWithManager: true,
            ratingsSharedSince: true,
            user: { select: { name: true, email: true } },
          },
        },
      },
    }),
    listProgress(tx, scope),
  ]);
  const k = effectiveMinimumGroupSize(organization.minimumGroupSize);
  const people = new Map(
    members.map(({ membership }) => [
      membership.id,
      {
        name: membership.user.name || membership.user.email,
        email: membership.user.email,
        lastActivityAt: activityDay(membership.lastActivityAt),
        shares: membership.shareRatingsWithManager,
        sharedSince: membership.ratingsSharedSince,
      },
    ]),
  );
  const rows: MemberProgress[] = progress.flatMap((row) => {
    const person = people.get(row.membershipId);
    if (!person) return [];
    const described = describeProgress(row, now);
    return [
      {
        membershipId: row.membershipId,
        name: person.name,
        email: person.email,
        programId: row.programId,
        total: row.total,
        done: row.done,
        dueDate: row.dueDate,
        lastActivityAt: person.lastActivityAt,
        ...described,
        completedAt: activityDay(described.completedAt),
      },
    ];
  });
  const withPrograms = new Set(rows.map((row) => row.membershipId));
  const programIds = [...new Set(rows.map((row) => row.programId))];
  const programs = await listProgramStatements({ tx, orgId: ctx.orgId, programIds });
  const statementIds = programs.flatMap((program) => program.statements.map((statement) => statement.id));
  const sharing = team.viewerManages
    ? [...people].filter(([, person]) => person.shares).map(([id]) => id)
    : [];
  const [distributions, trend, helpRequests, shared, goals] = await Promise.all([
    currentDistributions({ tx, group: scope, statementIds, k, settling }),
    trendDistributions({ tx, group: scope, statementIds, k, now }),
    listHelpRequests({ tx, scope, now }),
    tx.currentRating.findMany({
      where: { organizationId: ctx.orgId, membershipId: { in: sharing }, statementId: { in: statementIds } },
      select: { membershipId: true, statementId: true, level: true, ratedAt: true },
    }),
    // The count only (kept on the goal by lib/challenge): the log itself is private to its author.
    tx.challengeGoal.findMany({
      where: {
        organizationId: ctx.orgId,
        membershipId: { in: [...people.keys()] },
        shareCountWithTeams: true,
      },
      select: { membershipId: true, noCount: true, target: true },
    }),
  ]);
  const helpGroups = groupHelpRequests(helpRequests);
  const resources = await listStatementResources({
    tx,
    orgId: ctx.orgId,
    statementIds: helpGroups.map((group) => group.statementId),
  });
  const challengeCounts = goals
    .map((goal) => ({ ...goal, name: people.get(goal.membershipId)!.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  const sharedRatings = sharing
    .map((membershipId) => ({
      membershipId,
      name: people.get(membershipId)!.name,
      ratings: shared
        // Ratings made since sharing was switched on (ADR 014); none of them is in any aggregate.
        .filter((rating) => {
          if (rating.membershipId !== membershipId) return false;
          const since = people.get(membershipId)!.sharedSince;
          return since === null || rating.ratedAt >= since;
        })
        .map(({ statementId, level, ratedAt }) => ({ statementId, level, ratedAt })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  const unassigned = [...people]
    .filter(([id]) => !withPrograms.has(id))
    .map(([membershipId, person]) => ({
      membershipId,
      name: person.name,
      lastActivityAt: person.lastActivityAt,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  return {
    team: { id: team.id, name: team.name, viewerManages: team.viewerManages },
    settling,
    k,
    memberCount: people.size,
    unassigned,
    rows,
    programs,
    distributions,
    trend,
    helpRequests,
    summary: summarizeTeam({ learners: people.size, rows, helpRequests }),
    attention: needsAttention(rows),
    helpGroups,
    resources,
    sharedRatings,
    challengeCounts,
  };
}
