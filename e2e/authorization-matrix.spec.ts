// The authorization matrix over real HTTP: every page and route handler of
// lib/security/authorization-matrix.ts, GET as each of the five people (their session cookie, no
// clicking, no redirects followed), must answer what the matrix says. Around the GETs, a
// fingerprint of everything the two organizations and the five people own in the database must
// stay the same: nothing changes state on GET.
import { queueSettled } from "./support/outbox";
import { createHash } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type pg from "pg";
import {
  personas,
  routeMatrix,
  type HttpAnswer,
  type Persona,
  type RouteEntry,
} from "@/lib/security/authorization-matrix";
import { expect, SESSION_COOKIE, test, withE2eDatabase } from "./support/login";
import { unique } from "./support/people";
import {
  addTeamsNamed,
  addToTeam,
  assignToTeams,
  withProgram,
} from "@/lib/insights/testing/insight-fixtures";
import { processImage } from "@/lib/images/process-image";
import { png } from "@/lib/images/testing/test-images";
import { uploadImage } from "@/lib/images/upload-image";
import { createInvitation } from "@/lib/invitations/create-invitation";
import {
  addTestMember,
  buildOrganization,
  createTestSession,
  createTestUser,
  type TestUser,
} from "@/lib/orgs/testing/build-organization";
import { setProgramStatus } from "@/lib/programs/set-program-status";
import { as, copyForTest } from "@/lib/programs/testing/program-fixtures";
import { unsubscribeTokenFor } from "./support/unsubscribe-token";

type World = {
  orgIds: string[];
  userIds: string[];
  emails: string[];
  sessions: Partial<Record<Persona, string>>;
  /** Values of the matrix's URL placeholders. */
  ids: Record<string, string>;
};

/** One transaction in which row-level security sees `orgId` (as the app sets it), and `userId`'s private rows. */
async function inOrganization<T>(
  client: pg.Client,
  orgId: string,
  work: () => Promise<T>,
  userId: string | null = null,
): Promise<T> {
  await client.query("begin");
  try {
    await client.query(`select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
      orgId,
      userId ?? "",
    ]);
    const result = await work();
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback");
    throw error;
  }
}

/**
 * Organization A (employee in T1, manager of T2, admin; a published program assigned to T1, with an
 * image; an open invitation) and organization B (its admin), made through the integration tests'
 * factories and the app's use cases, with a session for each signed-in person.
 */
async function arrangeWorld(): Promise<World> {
  const suffix = unique();
  const signedIn = ["employee", "otherManager", "admin", "otherAdmin"] as const;
  const world: World = {
    orgIds: [],
    userIds: [],
    emails: [],
    sessions: {},
    ids: { org: `authz-a-${suffix}` },
  };
  const users = {} as Record<(typeof signedIn)[number], TestUser>;
  for (const persona of signedIn) {
    const email = `authz-${persona.toLowerCase()}-${suffix}@evne.test`;
    world.emails.push(email);
    users[persona] = await createTestUser({ email, name: `${persona} ${suffix}`, emailVerified: new Date() });
    world.sessions[persona] = await createTestSession(users[persona].id);
  }
  const inviteeEmail = `authz-invitee-${suffix}@evne.test`;
  world.emails.push(inviteeEmail);

  const orgA = await buildOrganization({ name: `Authz A ${suffix}`, slug: world.ids.org });
  const orgB = await buildOrganization({ name: `Authz B ${suffix}`, slug: `authz-b-${suffix}` });
  world.orgIds.push(orgA.id, orgB.id);
  world.userIds.push(
    ...Object.values(users).map((user) => user.id),
    ...[orgA, orgB].flatMap((org) => Object.values(org.members).map((member) => member.id)),
  );
  const employee = await addTestMember(orgA, "employee", { user: users.employee });
  const manager = await addTestMember(orgA, "manager", { user: users.otherManager });
  await addTestMember(orgA, "admin", { user: users.admin });
  await addTestMember(orgB, "admin", { user: users.otherAdmin });
  const [t1, t2] = await addTeamsNamed(orgA, [`T1 ${suffix}`, `T2 ${suffix}`]);
  await addToTeam(orgA, t1!, [employee.membershipId]);
  await addToTeam(orgA, t2!, [manager.membershipId], 1);

  const hr = orgA.members.admin;
  const programId = await copyForTest(hr);
  await as(hr, ({ tx, ctx }) => setProgramStatus({ tx, ctx, input: { programId, status: "published" } }));
  const program = await withProgram(orgA, programId);
  await assignToTeams(program, [t1!]);
  const statement = program.statements[0]!;
  const image = await as(hr, async ({ tx, ctx }) =>
    uploadImage({ tx, ctx, programId, alt: "Et bilde", image: await processImage(await png(1, 1)) }),
  );
  const invited = await as(hr, ({ tx, ctx }) =>
    createInvitation({ tx, ctx, input: { email: inviteeEmail, name: null, role: "employee", teamIds: [] } }),
  );
  Object.assign(world.ids, {
    team: t1,
    program: programId,
    statement: statement.id,
    resource: statement.resources[0]!.id,
    image: image.id,
    token: invited.outgoing[0]!.token,
  });

  const libraryStatement = await withE2eDatabase((client) =>
    client.query<{ key: string }>(
      `select s.key from "LibraryStatement" s join "LibraryProgram" p on p.id = s."programId"
        where p.slug = 'handtere-avvisning' order by s.position limit 1`,
    ),
  );
  world.ids.libraryStatement = libraryStatement.rows[0]!.key;
  world.ids.unsubscribe = await unsubscribeTokenFor(users.employee.id, "dueReminder");
  return world;
}

async function removeWorld(world: World) {
  await withE2eDatabase(async (client) => {
    for (const orgId of world.orgIds)
      await inOrganization(client, orgId, () =>
        client.query(`delete from "Organization" where id = $1`, [orgId]),
      );
    await client.query(`delete from "User" where id = any($1::uuid[])`, [world.userIds]);
  });
}

// Tenant tables are read per organization; the private ones (their author only, by RLS) once per author.
const tenantTables = [
  "Membership",
  "Team",
  "TeamMember",
  "Invitation",
  "AuditEntry",
  "Program",
  "ProgramStatement",
  "ProgramResource",
  "Assignment",
  "ResourceCompletion",
  "Rating",
  "CurrentRating",
  "HelpRequest",
  "ChallengeGoal",
  "Image",
];
const privateTables = ["RatingNote", "Reflection", "ChallengeAttempt"];

/** md5 of every row of a query, in a stable order. */
const digest = async (client: pg.Client, from: string, values: unknown[]) =>
  (
    await client.query<{ md5: string }>(
      `select md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as md5 from (${from}) r`,
      values,
    )
  ).rows[0]!.md5;

/**
 * Everything of the two organizations and the five people. Session.expires is left out: next-auth
 * may push a session's expiry forward when it reads it (updateAge), by design, on any request.
 */
async function fingerprint(world: World): Promise<Record<string, string>> {
  // A mail an allowed request queued lands a moment later (ADR 020): not a refused one's doing.
  await queueSettled();
  return withE2eDatabase(async (client) => {
    const print: Record<string, string> = {};
    for (const orgId of world.orgIds) {
      await inOrganization(client, orgId, async () => {
        print[`Organization ${orgId}`] = await digest(client, `select * from "Organization" where id = $1`, [
          orgId,
        ]);
        for (const table of tenantTables)
          print[`${table} ${orgId}`] = await digest(
            client,
            `select * from "${table}" where "organizationId" = $1`,
            [orgId],
          );
      });
      for (const userId of world.userIds)
        await inOrganization(
          client,
          orgId,
          async () => {
            for (const table of privateTables)
              print[`${table} ${orgId} ${userId}`] = await digest(
                client,
                `select * from "${table}" where "organizationId" = $1`,
                [orgId],
              );
          },
          userId,
        );
    }
    print.User = await digest(client, `select * from "User" where id = any($1::uuid[])`, [world.userIds]);
    print.Session = await digest(
      client,
      `select id, "sessionToken", "userId" from "Session" where "userId" = any($1::uuid[])`,
      [world.userIds],
    );
    print.Account = await digest(client, `select * from "Account" where "userId" = any($1::uuid[])`, [
      world.userIds,
    ]);
    print.VerificationToken = await digest(
      client,
      `select * from "VerificationToken" where identifier = any($1::text[])`,
      [world.emails],
    );
    print.OutboxMessage = await digest(client, `select * from "OutboxMessage" where "to" = any($1::text[])`, [
      world.emails,
    ]);
    return print;
  });
}

const fillUrl = (url: string, ids: Record<string, string>) =>
  url.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = ids[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${url}`);
    return value;
  });

/** What the response is, in the matrix's terms. */
function answerOf(status: number, location: string | undefined, path: string): HttpAnswer | number | string {
  if (status >= 300 && status < 400) {
    const target = new URL(location ?? "", "http://app.invalid");
    const signIn = /^\/[a-z]{2}\/sign-in$/.test(target.pathname);
    if (signIn && target.searchParams.get("callbackUrl") === path) return "sign-in";
    return signIn ? `sign-in, back to ${target.searchParams.get("callbackUrl")}` : "redirect";
  }
  return status;
}

type Check = { key: string; persona: Persona; method: "GET" | "POST"; path: string; expected: HttpAnswer };

function checksOf(
  method: "GET" | "POST",
  entries: [string, RouteEntry][],
  ids: Record<string, string>,
): Check[] {
  return entries.flatMap(([key, entry]) =>
    [entry.url, ...(entry.moreUrls ?? [])].flatMap((url) =>
      personas.map((persona) => ({
        key,
        persona,
        method,
        path: fillUrl(url, ids),
        expected: entry.expect[persona],
      })),
    ),
  );
}

/** Runs the checks a few at a time; returns every one whose answer differs from the matrix. */
async function run(checks: Check[], contexts: Record<Persona, APIRequestContext>) {
  const mismatches: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < checks.length) {
      const check = checks[next++]!;
      const context = contexts[check.persona];
      const response =
        check.method === "GET"
          ? await context.get(check.path, { maxRedirects: 0 })
          : await context.post(check.path, { maxRedirects: 0, form: {} });
      const actual = answerOf(response.status(), response.headers().location, check.path);
      if (actual !== check.expected)
        mismatches.push(
          `${check.method} ${check.path} as ${check.persona}: expected ${check.expected}, got ${actual}`,
        );
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return mismatches;
}

test("every page and route handler answers each person as the authorization matrix says, and no GET changes anything", async ({
  playwright,
  baseURL,
}) => {
  const world = await arrangeWorld();
  const contexts = Object.fromEntries(
    await Promise.all(
      personas.map(async (persona) => {
        const token = world.sessions[persona];
        const context = await playwright.request.newContext({
          baseURL,
          extraHTTPHeaders: token ? { cookie: `${SESSION_COOKIE}=${token}` } : {},
        });
        return [persona, context] as const;
      }),
    ),
  ) as Record<Persona, APIRequestContext>;

  try {
    const gets = checksOf(
      "GET",
      [...Object.entries(routeMatrix.pages), ...Object.entries(routeMatrix.handlers)].flatMap(
        ([key, entry]) =>
          key.startsWith("GET ") || key.startsWith("/") ? [[key, entry] as [string, RouteEntry]] : [],
      ),
      world.ids,
    );
    const posts = checksOf(
      "POST",
      Object.entries(routeMatrix.handlers).filter(([key]) => key.startsWith("POST ")),
      world.ids,
    );
    // Every route handler method in the matrix is exercised here; a new one (PUT, DELETE) needs a way to send it.
    expect(Object.keys(routeMatrix.handlers).filter((key) => !/^(GET|POST) /.test(key))).toEqual([]);

    const before = await fingerprint(world);
    // The fingerprint sees the rows (row-level security lets it): A's members and B's admin are in it.
    const empty = createHash("md5").update("").digest("hex");
    for (const orgId of world.orgIds) expect(before[`Membership ${orgId}`]).not.toBe(empty);
    const getMismatches = await run(gets, contexts);
    const after = await fingerprint(world);
    expect(getMismatches, "GET answers that differ from lib/security/authorization-matrix.ts").toEqual([]);
    expect(after, "a GET changed the database").toEqual(before);
    expect(gets.length).toBeGreaterThanOrEqual(200);

    expect(await run(posts, contexts), "POST answers that differ from the matrix").toEqual([]);
    expect(await fingerprint(world), "a POST without next-auth's CSRF token changed the database").toEqual(
      before,
    );
  } finally {
    await Promise.all(Object.values(contexts).map((context) => context.dispose()));
    await removeWorld(world);
  }
});
