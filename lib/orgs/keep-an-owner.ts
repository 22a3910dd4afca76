import "server-only";
import { q, queryRows } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "./workspace-context";

/**
 * Refuses (CONFLICT) to take away the organization's last active owner. The active owners' rows
 * are locked until the transaction ends, so two owners demoting each other at the same moment
 * cannot both succeed: the second waits, then counts again.
 */
export async function keepAnOwner(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  leavingMembershipId: string;
}) {
  const owners = await queryRows(
    options.tx,
    q
      .selectFrom("Membership")
      .select("id")
      .where("organizationId", "=", options.ctx.orgId)
      .where("role", "=", "owner")
      .where("status", "=", "active")
      .forUpdate(),
  );
  const others = owners.filter((owner) => owner.id !== options.leavingMembershipId);
  if (others.length === 0) throw AppError.conflict({ messageKey: "members.errors.lastOwner" });
}
