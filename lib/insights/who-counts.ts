// Who counts, in one place (ADR 024, issue 18 item 5). Every page and export that counts or lists a
// team's people, or a program's people, asks this module, so "9 learners" on the teams page, the
// team dashboard, organization insights, HR's home and the CSV files are the same nine people.
//
//   team members   the team's people whose membership is active, managers included;
//   team learners  its members who are not its managers: the people a team dashboard follows, the
//                  team's rows in every figure and export, the group of its rating figures (ADR 014);
//   team managers  its members marked as its managers (they lead it; they are not its learners);
//   assignees      of a program: the active people it reaches, once each, whether through "everyone",
//                  any team they are in, or by name (ADR 023) (a manager gets a program given to the team they
//                  lead, and learns it like anyone: they are assignees, listed in the organization's
//                  figures and CSV with their role, never among the team's learners).
//
// Deactivated people count nowhere: they cannot sign in, learn or be reminded.
import "server-only";
import { expressionBuilder, type Expression, type SqlBool } from "kysely";
import { q, sql, uuid, type DB } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { Prisma } from "@/lib/generated/prisma/client";

/** Prisma filter on TeamMember rows: a team's learners. Combine with organizationId and teamId. */
export const teamLearnerWhere = {
  isManager: false,
  membership: { status: "active" },
} as const satisfies Prisma.TeamMemberWhereInput;

/** Prisma filter on TeamMember rows: a team's managers. */
export const teamManagerWhere = {
  isManager: true,
  membership: { status: "active" },
} as const satisfies Prisma.TeamMemberWhereInput;

/** A query selecting the membership ids (as "id") of one team's learners. */
export function teamLearners(orgId: string, teamId: string) {
  return q
    .selectFrom("TeamMember as tm")
    .innerJoin("Membership as m", (join) =>
      join.onRef("m.organizationId", "=", "tm.organizationId").onRef("m.id", "=", "tm.membershipId"),
    )
    .select("tm.membershipId as id")
    .where("tm.organizationId", "=", uuid(orgId))
    .where("tm.teamId", "=", uuid(teamId))
    .where((eb) => eb.not(eb.ref("tm.isManager")))
    .where("m.status", "=", sql.lit("active"));
}

/** A query selecting the membership ids (as "id") of every active member of the organization. */
export function activeMembers(orgId: string, membershipIds?: string[]) {
  return q
    .selectFrom("Membership as m")
    .select("m.id")
    .where("m.organizationId", "=", uuid(orgId))
    .where("m.status", "=", sql.lit("active"))
    .$if(membershipIds !== undefined, (qb) =>
      qb.where("m.id", "=", sql<string>`any(${membershipIds}::uuid[])`),
    );
}

/**
 * The condition: an assignment `a` reaches the person `personId` (a column). Everyone, the person by
 * name, or a team the person is in, as a learner or as its manager (see the definition above).
 */
export function reaches(orgId: string, everyoneKey: string, personId: Expression<string>): Expression<SqlBool> {
  const eb = expressionBuilder<DB & { a: DB["Assignment"] }, "a">();
  return eb.or([
    eb("a.audienceKey", "=", everyoneKey),
    eb("a.membershipId", "=", personId),
    eb.exists(
      eb
        .selectFrom("TeamMember as tm")
        .select(sql.lit(1).as("one"))
        .where("tm.organizationId", "=", uuid(orgId))
        .where("tm.membershipId", "=", personId)
        .whereRef("tm.teamId", "=", "a.teamId"),
    ),
  ]);
}

export type TeamHeadcount = { learners: number; managers: number };

/** Learners and managers of each team (teams without anyone answer zero). One query. */
export async function teamHeadcounts(options: {
  tx: TenantTx;
  orgId: string;
  teamIds: string[];
}): Promise<Map<string, TeamHeadcount>> {
  const { tx, orgId, teamIds } = options;
  const counts = new Map<string, TeamHeadcount>(teamIds.map((id) => [id, { learners: 0, managers: 0 }]));
  if (teamIds.length === 0) return counts;
  const rows = await tx.teamMember.groupBy({
    by: ["teamId", "isManager"],
    where: { organizationId: orgId, teamId: { in: teamIds }, membership: { status: "active" } },
    _count: { _all: true },
  });
  for (const row of rows) {
    const count = counts.get(row.teamId);
    if (!count) continue;
    if (row.isManager) count.managers = row._count._all;
    else count.learners = row._count._all;
  }
  return counts;
}
