import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";

/**
 * A team of the current organization, or NOT_FOUND. The id comes from a form or a URL, so it is
 * matched together with the organization (row-level security hides every other one anyway): a team
 * of another organization is indistinguishable from one that does not exist.
 */
export async function getTeamOrThrow(options: { tx: TenantTx; ctx: WorkspaceContext; teamId: string }) {
  const team = await options.tx.team.findFirst({
    where: { id: options.teamId, organizationId: options.ctx.orgId },
    select: { id: true, name: true },
  });
  if (!team) throw AppError.notFound({ messageKey: "people:teams.errors.notFound" });
  return team;
}

export type TeamRef = Awaited<ReturnType<typeof getTeamOrThrow>>;
