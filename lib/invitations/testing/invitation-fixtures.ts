// Test helper for invitations: many open invitations at once, written as the invitation form leaves
// them (a hashed token, seven days to accept), without a mail or an audit entry each. A test that
// needs the token, or the mail, invites through createInvitation instead.
import { randomBytes, randomUUID } from "node:crypto";
import { withTenant } from "@/lib/db/tenant";
import type { OrganizationWithOwner } from "@/lib/orgs/testing/build-organization";
import { hashInvitationToken, newInvitationToken } from "../invitation-token";
import { invitationExpiry } from "../invitation-status";

export type FixtureInvitation = {
  name: string | null;
  teamIds?: string[];
  role?: "admin" | "manager" | "employee";
};

/** Open invitations from the organization's owner, one per entry, in one statement; their ids. */
export async function addOpenInvitations(
  org: OrganizationWithOwner,
  invitations: readonly FixtureInvitation[],
): Promise<string[]> {
  const batch = randomBytes(4).toString("hex");
  const ids = invitations.map(() => randomUUID());
  await withTenant(org.members.owner.ctx, (tx) =>
    tx.invitation.createMany({
      data: invitations.map((invitation, index) => ({
        id: ids[index]!,
        organizationId: org.id,
        email: `invited-${batch}-${index}@example.test`,
        name: invitation.name,
        role: invitation.role ?? "employee",
        teamIds: invitation.teamIds ?? [],
        tokenHash: hashInvitationToken(newInvitationToken()),
        expiresAt: invitationExpiry(),
        invitedById: org.members.owner.id,
      })),
    }),
  );
  return ids;
}
