// The aggregated ratings CSV: per statement of every assigned, published program, the figures of the
// whole organization and of each team, from the same published snapshots as the dashboards (ADR
// 014): an export can tell nothing the pages do not. Individual ratings never leave the database.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { effectiveMinimumGroupSize, type Distribution } from "./minimum-group";
import { listProgramStatements, type InsightProgram } from "./program-statements";
import { currentDistributionsByGroup } from "./published-distributions";
import { ORGANIZATION_GROUP } from "./snapshots/publish-snapshots";
import { isSettling } from "./snapshots/release-rules";
export type RatingsExport = {
  programs: InsightProgram[];
  organization: Map<string, Distribution>;
  teams: { id: string; name: string; byStatement: Map<string, Distribution> }[];
};

export const getRatingsExport = defineUseCase({
  permission: "insights.viewOrganization",
  run: getRatingsExportUnchecked,
});
async function getRatingsExportUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  now?: Date;
}): Promise<RatingsExport> {
  const { tx, ctx } = options;
  const now = options.now ?? new Date();
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
      select: { id: true, name: true, membersChangedAt: true },
    }),
  ]);
  const k = effectiveMinimumGroupSize(organization.minimumGroupSize);
  const programs = await listProgramStatements({
    tx,
    orgId: ctx.orgId,
    programIds: assigned.map((row) => row.programId),
  });
  const statementIds = programs.flatMap((program) => program.statements.map((statement) => statement.id));
  const byGroup = await currentDistributionsByGroup({
    tx,
    orgId: ctx.orgId,
    groupKeys: [ORGANIZATION_GROUP, ...teams.map((team) => team.id)],
    statementIds,
    k,
    settling: new Set(teams.filter((team) => isSettling(team.membersChangedAt, now)).map((team) => team.id)),
  });
  return {
    programs,
    organization: byGroup.get(ORGANIZATION_GROUP)!,
    teams: teams.map((team) => ({ id: team.id, name: team.name, byStatement: byGroup.get(team.id)! })),
  };
}
