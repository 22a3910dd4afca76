// Just-in-time membership (ADR 016): the first sign-in through an organization's provider makes the
// person an active member with the role the owner chose. Idempotent: an existing membership, active
// or deactivated, stays as it is (a deactivated person is not let back in by signing on).
import "server-only";
import { withOrganization } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { Role } from "@/lib/permissions/roles";

export async function ensureJitMembership({
  orgId,
  userId,
  role,
}: {
  orgId: string;
  userId: string;
  role: Role;
}): Promise<{ created: boolean }> {
  return withOrganization(orgId, async (tx) => {
    const rows = await tx.membership.createManyAndReturn({
      data: [{ organizationId: orgId, userId, role, status: "active" }],
      skipDuplicates: true,
      select: { id: true },
    });
    const created = rows[0];
    if (!created) return { created: false };
    await recordAudit({
      tx,
      ctx: { orgId, userId },
      action: "membership.sso",
      targetType: "membership",
      targetId: created.id,
      data: { to: role },
    });
    return { created: true };
  });
}
