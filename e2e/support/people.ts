// Switching between signed-in people and arranging memberships behind the app's back, shared by
// the journeys that act as several people (HR, invitee, outsider).
import { randomBytes } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import type pg from "pg";
import { joinAs, organizationOf } from "./arrange";
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

/** Adds a person with a role to an organization (through the factories); returns the membership's id. */
export async function addMember(
  orgSlug: string,
  owner: LoggedInUser,
  user: LoggedInUser,
  role: "admin" | "manager" | "employee",
): Promise<string> {
  return (await joinAs(await organizationOf(orgSlug, owner), user, role)).membershipId;
}
