import "server-only";
import { normalizeEmail } from "@/lib/auth/email-address";
import { q, queryRows } from "@/lib/db/sql";
import { withInvitationToken, withTenant } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import { can } from "@/lib/permissions/permissions";
import { invitationStatus } from "./invitation-status";
import { hashInvitationToken, isWellFormedInvitationToken } from "./invitation-token";
import { noteTeamMembershipChange } from "@/lib/teams/note-team-membership-change";

export type AcceptedInvitation = {
  orgSlug: string;
  membershipId: string;
  /** False when the person had already accepted it (a double submit, or the link opened twice). */
  created: boolean;
};

const notFound = () => AppError.notFound({ messageKey: "people:accept.errors.notFound" });

function refuseUnusable(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }) {
  const status = invitationStatus(invitation);
  if (status === "accepted") throw AppError.conflict({ messageKey: "people:accept.errors.used" });
  if (status === "revoked") throw AppError.conflict({ messageKey: "people:accept.errors.revoked" });
  if (status === "expired") throw AppError.conflict({ messageKey: "people:accept.errors.expired" });
}

/**
 * Accepts an invitation as the signed-in person: only with the invited address, only once, only
 * before it expires or is revoked. In one transaction: the membership with the invited role, a
 * place in each invited team that still exists, the invitation marked accepted, an audit entry.
 * Accepting again what one already accepted answers with the same membership and changes nothing.
 */
export async function acceptInvitation(options: {
  user: { id: string; email: string; name: string | null };
  token: string;
  /** The name the person gave on the invitation page; asked only while Evne has none for them. */
  yourName?: string;
}): Promise<AcceptedInvitation> {
  const { user, token, yourName } = options;
  if (!isWellFormedInvitationToken(token)) throw notFound();
  const tokenHash = hashInvitationToken(token);
  const found = await withInvitationToken({ tokenHash, userId: user.id }, async (tx, organizationId) =>
    organizationId === null
      ? null
      : await tx.invitation.findUnique({
          where: { organizationId_tokenHash: { organizationId, tokenHash } },
          select: { organizationId: true, email: true },
        }),
  );
  if (!found) throw notFound();
  if (normalizeEmail(user.email) !== found.email) {
    throw AppError.forbidden({
      messageKey: "people:accept.errors.wrongAddress",
      messageValues: { email: found.email },
    });
  }
  const orgId = found.organizationId;
  return withTenant({ orgId, userId: user.id }, async (tx) => {
    // Locked until commit: a second submit waits here, then finds it accepted. Matched on the hash
    // again: a resend between the two reads replaced it, and the old link must not work.
    const [invitation] = await queryRows(
      tx,
      q
        .selectFrom("Invitation")
        .select(["id", "email", "name", "role", "teamIds", "expiresAt", "acceptedAt", "revokedAt"])
        .where("tokenHash", "=", tokenHash)
        .where("organizationId", "=", orgId)
        .forUpdate(),
    );
    if (!invitation) throw notFound();
    const organization = await tx.organization.findUniqueOrThrow({
      where: { id: orgId },
      select: { slug: true },
    });
    const existing = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: orgId, userId: user.id } },
      select: { id: true, status: true, role: true },
    });
    if (invitation.acceptedAt && existing?.status === "active") {
      return { orgSlug: organization.slug, membershipId: existing.id, created: false };
    }
    refuseUnusable(invitation);
    // Accepting is how invited people sign up: they join with a name, theirs before HR's guess.
    const newName = user.name ? null : (yourName ?? invitation.name);
    if (!user.name && !newName) {
      throw AppError.invalid({
        messageKey: "account:name.errors.required",
        fieldErrors: { yourName: "account:name.errors.required" },
      });
    }
    if (existing?.status === "deactivated")
      throw AppError.conflict({ messageKey: "people:accept.errors.deactivated" });

    // A person who is already a member keeps the role they have; the invitation adds its teams.
    const membership =
      existing ??
      (await tx.membership.create({
        data: { organizationId: orgId, userId: user.id, role: invitation.role },
        select: { id: true, status: true, role: true },
      }));
    const teams = await tx.team.findMany({
      where: { organizationId: orgId, id: { in: invitation.teamIds } },
      select: { id: true },
    });
    if (teams.length > 0) {
      // Someone invited as a manager into teams leads them from the start (issue 18): HR need not
      // come back after they accepted. A member who keeps a role that sees no team progress (an
      // employee invited again as a manager) joins them as a member, as set-team-manager would.
      const isManager = invitation.role === "manager" && can(membership.role, "teams.viewProgress");
      await tx.teamMember.createMany({
        data: teams.map((team) => ({
          organizationId: orgId,
          teamId: team.id,
          membershipId: membership.id,
          isManager,
        })),
        skipDuplicates: true,
      });
      await noteTeamMembershipChange({ tx, orgId, teamIds: teams.map((team) => team.id) });
    }
    await tx.invitation.update({
      where: { organizationId_id: { organizationId: orgId, id: invitation.id } },
      data: { acceptedAt: new Date() },
    });
    if (newName) await tx.user.update({ where: { id: user.id }, data: { name: newName } });
    await recordAudit({
      tx,
      ctx: { orgId, userId: user.id },
      action: "invitation.accept",
      targetType: "invitation",
      targetId: invitation.id,
      data: {
        email: invitation.email,
        name: user.name ?? newName,
        role: invitation.role,
        membershipId: membership.id,
      },
    });
    return { orgSlug: organization.slug, membershipId: membership.id, created: existing === null };
  });
}
