import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { can } from "@/lib/permissions/permissions";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { Role } from "@/lib/permissions/roles";
import { getTeamOrThrow } from "./get-team-or-throw";

export type TeamMemberRow = {
  membershipId: string;
  name: string | null;
  email: string;
  role: Role;
  active: boolean;
  isManager: boolean;
  /** Whether the person's role lets them manage a team (see may-lead-team.ts). */
  mayLead: boolean;
};

export type TeamCandidate = { membershipId: string; name: string | null; email: string; role: Role };

export type TeamDetails = {
  id: string;
  name: string;
  /** Managers first, then by name or address. */
  members: TeamMemberRow[];
  /** Active members of the organization who are not in the team yet, to add. */
  candidates: TeamCandidate[];
  /** Invitations still open that will put someone in this team when accepted. */
  pendingInvitations: number;
};

const byPerson = (a: { name: string | null; email: string }, b: { name: string | null; email: string }) =>
  (a.name || a.email).localeCompare(b.name || b.email, "nb");

/** One team with its people, for the team page. NOT_FOUND for a team of another organization. HR only. */
export const getTeamDetails = defineUseCase({ permission: "teams.manage", run: getTeamDetailsUnchecked });
async function getTeamDetailsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  teamId: string;
}): Promise<TeamDetails> {
  const { tx, ctx, teamId } = options;
  const team = await getTeamOrThrow({ tx, ctx, teamId });
  const places = await tx.teamMember.findMany({
    where: { organizationId: ctx.orgId, teamId },
    select: {
      isManager: true,
      membership: {
        select: { id: true, role: true, status: true, user: { select: { name: true, email: true } } },
      },
    },
  });
  const inTeam = new Set(places.map((place) => place.membership.id));
  const others = await tx.membership.findMany({
    where: { organizationId: ctx.orgId, status: "active", id: { notIn: [...inTeam] } },
    select: { id: true, role: true, user: { select: { name: true, email: true } } },
  });
  const pendingInvitations = await tx.invitation.count({
    where: {
      organizationId: ctx.orgId,
      teamIds: { has: teamId },
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
    },
  });
  const members = places
    .map(({ isManager, membership }) => ({
      membershipId: membership.id,
      name: membership.user.name,
      email: membership.user.email,
      role: membership.role,
      active: membership.status === "active",
      isManager,
      mayLead: can(membership.role, "teams.viewProgress"),
    }))
    .sort((a, b) => Number(b.isManager) - Number(a.isManager) || byPerson(a, b));
  const candidates = others
    .map((member) => ({
      membershipId: member.id,
      name: member.user.name,
      email: member.user.email,
      role: member.role,
    }))
    .sort(byPerson);
  return { id: team.id, name: team.name, members, candidates, pendingInvitations };
}
