// Checks every way of inviting shares (the form, resend and the CSV import).
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";

/**
 * Serialises the organization's invitation writes until the transaction ends, so that two
 * submits of the same form or CSV cannot both see "not invited yet" and both invite.
 */
export async function lockInvitations(tx: TenantTx, orgId: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`invitations:${orgId}`}))`;
}

/** The teams named by id, all of this organization; an unknown (or foreign) id is a field error. */
export async function teamsOrThrow(options: { tx: TenantTx; ctx: WorkspaceContext; teamIds: string[] }) {
  if (options.teamIds.length === 0) return [];
  const teams = await options.tx.team.findMany({
    where: { organizationId: options.ctx.orgId, id: { in: options.teamIds } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  if (teams.length !== options.teamIds.length) {
    throw AppError.notFound({
      messageKey: "people:invitations.errors.teamUnknown",
      fieldErrors: { teamIds: "people:invitations.errors.teamUnknown" },
    });
  }
  return teams;
}

/** Refuses an address that already belongs to a member of the organization (active or not). */
export async function assertNotMember(options: { tx: TenantTx; ctx: WorkspaceContext; email: string }) {
  const member = await options.tx.membership.findFirst({
    where: { organizationId: options.ctx.orgId, user: { email: options.email } },
    select: { status: true },
  });
  if (!member) return;
  const key =
    member.status === "active"
      ? "people:invitations.errors.alreadyMember"
      : "people:invitations.errors.deactivatedMember";
  throw AppError.conflict({ messageKey: key, fieldErrors: { email: key } });
}

/** How the invitee will know who invited them: the inviter's name, else their address. */
export async function inviterName(tx: TenantTx, userId: string): Promise<string | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  return user ? user.name || user.email : null;
}

/** Open invitations: neither accepted nor revoked, and not expired. */
export const openInvitation = (now: Date = new Date()) => ({
  acceptedAt: null,
  revokedAt: null,
  expiresAt: { gt: now },
});
