// Arranging payload-filled data behind the app's back for the XSS specs: many rows in a few
// statements, scoped the way row-level security asks (app.user_id, then app.org_id).
import type pg from "pg";
import { withE2eDatabase, type LoggedInUser } from "./login";
import { unique } from "./people";

/** Runs `work` in one transaction scoped to the organization, as `actor` (RLS on app.user_id too). */
export async function inOrganization<T>(
  slug: string,
  actor: LoggedInUser,
  work: (client: pg.Client, orgId: string) => Promise<T>,
): Promise<T> {
  return withE2eDatabase(async (client) => {
    await client.query("begin");
    await client.query(`select set_config('app.user_id', $1, true)`, [actor.id]);
    const { rows } = await client.query<{ id: string }>(`select id from "Organization" where slug = $1`, [
      slug,
    ]);
    const orgId = rows[0]?.id;
    if (!orgId) throw new Error(`no organization ${slug} visible to ${actor.email}`);
    await client.query(`select set_config('app.org_id', $1, true)`, [orgId]);
    const result = await work(client, orgId);
    await client.query("commit");
    return result;
  });
}

/** One User per name (global table, no RLS); returns their ids in the order of `names`. */
export async function createUsersNamed(names: readonly string[]): Promise<string[]> {
  const batch = unique();
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `insert into "User" (id, email, name, language, "emailVerified", "createdAt", "updatedAt")
       select gen_random_uuid(), 'xss-' || $2 || '-' || n || '@evne.test', name, 'nb', now(), now(), now()
         from unnest($1::text[]) with ordinality as t(name, n)
       order by n
       returning id`,
      [names, batch],
    );
    return rows.map((row) => row.id);
  });
}

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
