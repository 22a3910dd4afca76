import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { getTeamOrThrow } from "./get-team-or-throw";
import { assertTeamNameFree, teamNameTaken } from "./team-name-taken";

export type RenamedTeam = { teamId: string; name: string; changed: boolean };

/** Gives a team another name; the same name again changes and records nothing. */
export const renameTeam = defineUseCase({ permission: "teams.manage", run: renameTeamUnchecked });
async function renameTeamUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  teamId: string;
  name: string;
}): Promise<RenamedTeam> {
  const { tx, ctx, teamId, name } = options;
  const team = await getTeamOrThrow({ tx, ctx, teamId });
  if (team.name === name) return { teamId, name, changed: false };
  await assertTeamNameFree({ tx, orgId: ctx.orgId, name, exceptTeamId: teamId });
  try {
    await tx.team.update({
      where: { organizationId_id: { organizationId: ctx.orgId, id: teamId } },
      data: { name },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw teamNameTaken();
    throw error;
  }
  await recordAudit({
    tx,
    ctx,
    action: "team.rename",
    targetType: "team",
    targetId: teamId,
    data: { name, from: team.name, to: name },
  });
  return { teamId, name, changed: true };
}
