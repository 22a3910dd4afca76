// Arranging payload-filled data behind the app's back for the XSS specs: many rows in a few
// statements, scoped the way row-level security asks (app.user_id, then app.org_id).
import type pg from "pg";

/** Active memberships for `userIds`, in one statement; returns the membership ids in the same order. */
export async function addMemberships(
  client: pg.Client,
  orgId: string,
  userIds: readonly string[],
  role: "admin" | "manager" | "employee",
): Promise<string[]> {
  const { rows } = await client.query<{ id: string; userId: string }>(
    `insert into "Membership" (id, "organizationId", "userId", role, status, "lastActivityAt", "createdAt", "updatedAt")
     select gen_random_uuid(), $1, u, $3, 'active', now(), now(), now() from unnest($2::uuid[]) as u
     returning id, "userId"`,
    [orgId, userIds, role],
  );
  const byUser = new Map(rows.map((row) => [row.userId, row.id]));
  return userIds.map((id) => byUser.get(id)!);
}

/** Teams with these names, in one statement; returns their ids in the same order. */
export async function addTeams(
  client: pg.Client,
  orgId: string,
  names: readonly string[],
): Promise<string[]> {
  const { rows } = await client.query<{ id: string; name: string }>(
    `insert into "Team" (id, "organizationId", name, "createdAt", "updatedAt")
     select gen_random_uuid(), $1, name, now(), now() from unnest($2::text[]) as name
     returning id, name`,
    [orgId, names],
  );
  const byName = new Map(rows.map((row) => [row.name, row.id]));
  return names.map((name) => byName.get(name)!);
}

/** Puts memberships in a team (the first `managers` of them as its managers). */
export async function addTeamMembers(
  client: pg.Client,
  orgId: string,
  teamId: string,
  membershipIds: readonly string[],
  managers = 0,
) {
  await client.query(
    `insert into "TeamMember" ("organizationId", "teamId", "membershipId", "isManager")
     select $1, $2, m, n <= $4 from unnest($3::uuid[]) with ordinality as t(m, n)`,
    [orgId, teamId, membershipIds, managers],
  );
}
