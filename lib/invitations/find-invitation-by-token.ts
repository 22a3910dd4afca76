import "server-only";
import { withInvitationToken } from "@/lib/db/tenant";
import type { Role } from "@/lib/permissions/roles";
import { invitationStatus, type InvitationStatus } from "./invitation-status";
import { hashInvitationToken, isWellFormedInvitationToken } from "./invitation-token";

export type InvitationView = {
  status: InvitationStatus;
  /** The only address that can accept it. */
  email: string;
  name: string | null;
  role: Role;
  orgName: string;
  orgSlug: string;
  inviter: string | null;
  teamNames: string[];
  expiresAt: Date;
  /** The signed-in person is already an active member of the organization. */
  alreadyMember: boolean;
};

/**
 * What the accept page shows for a token from a mail: null when no invitation has it (never had,
 * or it was sent again with a new one). The organization is not known beforehand: the lookup
 * InvitationToken names it by the token's hash (ADR 040), and withInvitationToken then scopes this
 * one read-only transaction to that organization.
 */
export async function findInvitationByToken(options: {
  token: string;
  userId?: string;
}): Promise<InvitationView | null> {
  if (!isWellFormedInvitationToken(options.token)) return null;
  const tokenHash = hashInvitationToken(options.token);
  return withInvitationToken({ tokenHash, userId: options.userId }, async (tx, organizationId) => {
    if (organizationId === null) return null;
    const invitation = await tx.invitation.findUnique({
      where: { organizationId_tokenHash: { organizationId, tokenHash } },
      select: {
        organizationId: true,
        email: true,
        name: true,
        role: true,
        teamIds: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        invitedById: true,
      },
    });
    if (!invitation) return null;
    const organization = await tx.organization.findUniqueOrThrow({
      where: { id: invitation.organizationId },
      select: { name: true, slug: true },
    });
    const teams = invitation.teamIds.length
      ? await tx.team.findMany({
          where: { organizationId: invitation.organizationId, id: { in: invitation.teamIds } },
          select: { name: true },
          orderBy: { name: "asc" },
        })
      : [];
    const inviter = invitation.invitedById
      ? await tx.user.findUnique({
          where: { id: invitation.invitedById },
          select: { name: true, email: true },
        })
      : null;
    const membership = options.userId
      ? await tx.membership.findFirst({
          where: { organizationId: invitation.organizationId, userId: options.userId, status: "active" },
          select: { id: true },
        })
      : null;
    return {
      status: invitationStatus(invitation),
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      orgName: organization.name,
      orgSlug: organization.slug,
      inviter: inviter ? inviter.name || inviter.email : null,
      teamNames: teams.map((team) => team.name),
      expiresAt: invitation.expiresAt,
      alreadyMember: membership !== null,
    };
  });
}
