import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { firstAndCurrent, levelsOverTime, type DatedRating, type LevelSnapshot } from "./growth";
import { isLevel } from "./levels";

export type StatementGrowth = {
  statementId: string;
  first: DatedRating | null;
  current: DatedRating | null;
  /** Every rating of the statement, newest first. */
  timeline: DatedRating[];
};

/** The learner's growth in a program whose visible statements are `statementIds` (checked by the caller). */
export const getGrowth = defineUseCase({ permission: "learning.participate", run: getGrowthUnchecked });
async function getGrowthUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  statementIds: string[];
}): Promise<{ statements: StatementGrowth[]; overTime: LevelSnapshot[] }> {
  const { tx, ctx, statementIds } = options;
  const rows = await tx.rating.findMany({
    where: { organizationId: ctx.orgId, membershipId: ctx.membershipId, statementId: { in: statementIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { statementId: true, level: true, createdAt: true },
  });
  const ratings = rows.flatMap((row) => (isLevel(row.level) ? [{ ...row, level: row.level }] : []));
  const ends = firstAndCurrent(ratings);
  return {
    statements: statementIds.map((statementId) => ({
      statementId,
      first: ends.get(statementId)?.first ?? null,
      current: ends.get(statementId)?.current ?? null,
      timeline: ratings.filter((rating) => rating.statementId === statementId).reverse(),
    })),
    overTime: levelsOverTime(statementIds, ratings),
  };
}
