import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { can } from "@/lib/permissions/permissions";
import type { WorkspaceContext } from "./workspace-context";

export type WorkspaceOverview = {
  /** Counts for those who may see the member list; null for everyone else. */
  members: { active: number; deactivated: number } | null;
};

/** What the workspace's start page shows, by what the member may see. */
export async function getWorkspaceOverview(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<WorkspaceOverview> {
  const { tx, ctx } = options;
  if (!can(ctx.role, "members.view")) return { members: null };
  const counts = await tx.membership.groupBy({
    by: ["status"],
    where: { organizationId: ctx.orgId },
    _count: { _all: true },
  });
  const count = (status: "active" | "deactivated") =>
    counts.find((row) => row.status === status)?._count._all ?? 0;
  return { members: { active: count("active"), deactivated: count("deactivated") } };
}
