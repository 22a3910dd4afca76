import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { assertTeamNameFree, teamNameTaken } from "./team-name-taken";

export type CreatedTeam = { teamId: string; name: string };

/** Creates an empty team. Names are unique in the organization, whatever their case. */
export const createTeam = defineUseCase({ permission: "teams.manage", run: createTeamUnchecked });
async function createTeamUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  name: string;
}): Promise<CreatedTeam> {
  const { tx, ctx, name } = options;
  await assertTeamNameFree({ tx, orgId: ctx.orgId, name });
  let team: { id: string };
  try {
    team = await tx.team.create({ data: { organizationId: ctx.orgId, name }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw teamNameTaken();
    throw error;
  }
  await recordAudit({
    tx,
    ctx,
    action: "team.create",
    targetType: "team",
    targetId: team.id,
    data: { name },
  });
  return { teamId: team.id, name };
}
