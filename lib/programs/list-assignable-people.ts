import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";

export type AssignablePersonRow = { id: string; name: string | null; email: string };

/**
 * The active members a program can be assigned to by name, by name then address. One query; the
 * assignments page offers them in a type-ahead list.
 */
export const listAssignablePeople = defineUseCase({
  permission: "programs.manage",
  run: listAssignablePeopleUnchecked,
});
async function listAssignablePeopleUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<AssignablePersonRow[]> {
  const { tx, ctx } = options;
  const rows = await tx.membership.findMany({
    where: { organizationId: ctx.orgId, status: "active" },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
    select: { id: true, user: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.user.name, email: row.user.email }));
}
