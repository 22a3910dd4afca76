// A team's membership changed (someone joined, left, or became or stopped being its manager): its
// ratings figures wait until it has been stable for a while (ADR 014). Called in the transaction
// of the change.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";

export async function noteTeamMembershipChange(options: { tx: TenantTx; orgId: string; teamIds: string[] }) {
  const { tx, orgId, teamIds } = options;
  if (teamIds.length === 0) return;
  await tx.team.updateMany({
    where: { organizationId: orgId, id: { in: teamIds } },
    data: { membersChangedAt: new Date() },
  });
}
