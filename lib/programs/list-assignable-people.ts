import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";

export type AssignablePersonRow = { id: string; name: string | null; email: string };

/**
 * The active members a program can be assigned to by name, by name then address. One query; the
 * assignments page offers them in a type-ahead list.
 */
export async function listAssignablePeople(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<AssignablePersonRow[]> {
  const { tx, ctx } = options;
  requirePermission(ctx, "programs.manage");
  const rows = await tx.membership.findMany({
    where: { organizationId: ctx.orgId, status: "active" },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
    select: { id: true, user: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.user.name, email: row.user.email }));
}
