import "server-only";
import type { TenantTx } from "@/lib/db/tenant";

/** The audience key of an assignment to the whole organization (a team's is its id). */
export const EVERYONE = "everyone";

/** The audience key of an assignment to one person: one per program and person. */
export const memberAudienceKey = (membershipId: string) => `member:${membershipId}`;

/**
 * The distinct people (active membership ids) each program is assigned to: everyone in the
 * organization for an "everyone" assignment, the active members of each assigned team, and each
 * person it is assigned to by name while active. A person reached several ways (two teams, a team
 * and by name, by name and under "everyone") is counted once.
 */
export async function assignedPeopleByProgram(options: {
  tx: TenantTx;
  orgId: string;
  programIds: string[];
}): Promise<Map<string, Set<string>>> {
  const { tx, orgId, programIds } = options;
  const people = new Map<string, Set<string>>(programIds.map((id) => [id, new Set<string>()]));
  if (programIds.length === 0) return people;
  const assignments = await tx.assignment.findMany({
    where: { organizationId: orgId, programId: { in: programIds } },
    select: {
      programId: true,
      teamId: true,
      audienceKey: true,
      membership: { select: { id: true, status: true } },
    },
  });
  const teamIds = [...new Set(assignments.flatMap((row) => (row.teamId ? [row.teamId] : [])))];
  const toEveryone = assignments.some((row) => row.audienceKey === EVERYONE);
  const [everyone, teamMembers] = await Promise.all([
    toEveryone
      ? tx.membership.findMany({ where: { organizationId: orgId, status: "active" }, select: { id: true } })
      : [],
    teamIds.length > 0
      ? tx.teamMember.findMany({
          where: { organizationId: orgId, teamId: { in: teamIds }, membership: { status: "active" } },
          select: { teamId: true, membershipId: true },
        })
      : [],
  ]);
  const membersOfTeam = new Map<string, string[]>();
  for (const row of teamMembers)
    membersOfTeam.set(row.teamId, [...(membersOfTeam.get(row.teamId) ?? []), row.membershipId]);
  for (const assignment of assignments) {
    const set = people.get(assignment.programId)!;
    const ids =
      assignment.audienceKey === EVERYONE
        ? everyone.map((member) => member.id)
        : assignment.membership
          ? assignment.membership.status === "active"
            ? [assignment.membership.id]
            : []
          : (membersOfTeam.get(assignment.teamId ?? "") ?? []);
    for (const id of ids) set.add(id);
  }
  return people;
}

/** The distinct people (active membership ids) one program is assigned to. */
export async function assignedPeople(options: {
  tx: TenantTx;
  orgId: string;
  programId: string;
}): Promise<Set<string>> {
  const byProgram = await assignedPeopleByProgram({
    tx: options.tx,
    orgId: options.orgId,
    programIds: [options.programId],
  });
  return byProgram.get(options.programId) ?? new Set();
}
