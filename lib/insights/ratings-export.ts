// The aggregated ratings CSV: per statement of every assigned, published program, the distribution
// for the whole organization and for each team, with the k rule applied to each, exactly as on
// the dashboards. Individual ratings never leave the database.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import {
  applyMinimumGroup,
  countsByKey,
  effectiveMinimumGroupSize,
  emptyCounts,
  type Distribution,
} from "./minimum-group";
import { listProgramStatements, type InsightProgram } from "./program-statements";
import { currentDistributions } from "./rating-distributions";

export type RatingsExport = {
  programs: InsightProgram[];
  organization: Map<string, Distribution>;
  teams: { id: string; name: string; byStatement: Map<string, Distribution> }[];
};

export async function getRatingsExport(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<RatingsExport> {
  const { tx, ctx } = options;
  requirePermission(ctx, "insights.viewOrganization");
  const [organization, assigned, teams] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { minimumGroupSize: true } }),
    tx.assignment.findMany({
      where: { organizationId: ctx.orgId, program: { status: "published" } },
      distinct: ["programId"],
      select: { programId: true },
    }),
    tx.team.findMany({
      where: { organizationId: ctx.orgId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const k = effectiveMinimumGroupSize(organization.minimumGroupSize);
  const programs = await listProgramStatements({
    tx,
    orgId: ctx.orgId,
    programIds: assigned.map((row) => row.programId),
  });
  const statementIds = programs.flatMap((program) => program.statements.map((statement) => statement.id));
  const [whole, byTeam] = await Promise.all([
    currentDistributions({ tx, scope: { orgId: ctx.orgId, teamId: null }, statementIds, k }),
    tx.$queryRaw<{ teamId: string; statementId: string; level: number; count: number }[]>`
      select tm."teamId"::text as "teamId", cr."statementId"::text as "statementId", cr.level, count(*)::int as count
      from "CurrentRating" cr
      join "TeamMember" tm on tm."organizationId" = cr."organizationId" and tm."membershipId" = cr."membershipId"
        and not tm."isManager"
      join "Membership" m on m."organizationId" = cr."organizationId" and m.id = cr."membershipId" and m.status = 'active'
      where cr."organizationId" = ${ctx.orgId}::uuid and cr."statementId" = any(${statementIds}::uuid[])
      group by tm."teamId", cr."statementId", cr.level`,
  ]);
  const counts = countsByKey(
    byTeam.map((row) => ({ key: `${row.teamId}:${row.statementId}`, level: row.level, count: row.count })),
  );
  return {
    programs,
    organization: whole,
    teams: teams.map((team) => ({
      ...team,
      byStatement: new Map(
        statementIds.map(
          (id) => [id, applyMinimumGroup(counts.get(`${team.id}:${id}`) ?? emptyCounts(), k)] as const,
        ),
      ),
    })),
  };
}
