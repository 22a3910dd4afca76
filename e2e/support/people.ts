// Switching between signed-in people and arranging memberships behind the app's back, shared by
// the journeys that act as several people (HR, invitee, outsider).
import { randomBytes } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import type pg from "pg";
import { SESSION_COOKIE, withE2eDatabase, type LoggedInUser } from "./login";

/** A short random suffix for names that must not collide between parallel tests. */
export const unique = () => randomBytes(3).toString("hex");

/** A locale string with its {{placeholders}} filled in. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(values[name] ?? ""));

/**
 * Makes the browser act as `user` from the next request on. It first leaves the app for a blank
 * page, which ends the page's own requests: next-auth's session endpoint sets the cookie again when
 * it answers, and a late answer would bring the previous person back.
 */
export async function actAs(
  page: Page,
  context: BrowserContext,
  baseURL: string | undefined,
  user: LoggedInUser,
) {
  await page.goto("about:blank");
  await context.clearCookies({ name: SESSION_COOKIE });
  await context.addCookies([
    { name: SESSION_COOKIE, value: user.sessionToken, url: baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
}

/**
 * Runs `work` in one transaction scoped to the organization, behind the app's back. Row-level
 * security binds the database owner too, so this goes the way the app does: find the organization
 * as `actor` (app.user_id), then name it (app.org_id) before `work` reads or writes.
 */
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

/** Adds a person with a role to an organization behind the app's back; returns the membership's id. */
export async function addMember(
  orgSlug: string,
  owner: LoggedInUser,
  user: LoggedInUser,
  role: "admin" | "manager" | "employee",
): Promise<string> {
  return inOrganization(orgSlug, owner, async (client, orgId) => {
    const inserted = await client.query<{ id: string }>(
      `insert into "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt")
       values (gen_random_uuid(), $1, $2, $3, 'active', now(), now()) returning id`,
      [orgId, user.id, role],
    );
    return inserted.rows[0]!.id;
  });
}

/**
 * A team of the organization behind the app's back, inside `inOrganization`: its members changed
 * `changedDaysAgo` days ago (30: past the reporting wait of ADR 014, so its figures show), with
 * `managers` and `members` by membership id. Returns the team's id.
 */
export async function insertTeam(
  client: pg.Client,
  orgId: string,
  team: { name: string; changedDaysAgo?: number; managers?: string[]; members?: string[] },
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `insert into "Team" (id, "organizationId", name, "membersChangedAt", "createdAt", "updatedAt")
     values (gen_random_uuid(), $1, $2, now() - make_interval(days => $3), now(), now()) returning id`,
    [orgId, team.name, team.changedDaysAgo ?? 30],
  );
  const teamId = rows[0]!.id;
  const people = [
    ...(team.managers ?? []).map((id) => [id, true] as const),
    ...(team.members ?? []).map((id) => [id, false] as const),
  ];
  for (const [membershipId, isManager] of people)
    await client.query(
      `insert into "TeamMember" ("organizationId", "teamId", "membershipId", "isManager") values ($1, $2, $3, $4)`,
      [orgId, teamId, membershipId, isManager],
    );
  return teamId;
}
