// The learner pages through the read pipeline (lib/pages/read-page.ts) against Postgres as the
// application role, with only the cookie jar stubbed: the session cookie is a real database
// session. Counts the SQL statements a page's load sends through the app's own pool (issue 17:
// ≤ 8 per learner page, session and transaction included), and checks that what it may not see
// renders the 404 page or sends the person to sign in.
import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { countStatements } from "@/lib/db/statement-count";
import { addTestMember, buildOrganization, type TestMember } from "@/lib/orgs/testing/build-organization";
import { assignProgram } from "@/lib/programs/assign-program";
import { setProgramStatus } from "@/lib/programs/set-program-status";
import { getLibraryProgram } from "@/lib/library/library-queries";
import { as, copyForTest, FLAGSHIP, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { setupTestDatabase } from "@/tests/db";
import { digestOf } from "@/tests/support/action-session";
import { getLearnerProgram } from "./learner-program";
import { totalMinutes } from "./progress";
import {
  loadLearnerGrowthPage,
  loadLearnerProgramPage,
  loadLearnerResourcePage,
  loadLearnerStatementPage,
  loadMyProgramsPage,
} from "./learner-page";

const jar = vi.hoisted(() => ({ token: null as string | null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === "next-auth.session-token" && jar.token ? { name, value: jar.token } : undefined,
  }),
}));

const database = setupTestDatabase();

let learner: TestMember;
let outsider: TestMember;
let programId: string;
let resourceId: string;
let statementId: string;
let slug: string;

async function signInAs(person: TestMember | null) {
  if (!person) {
    jar.token = null;
    return;
  }
  const token = randomBytes(16).toString("hex");
  await db.session.create({
    data: {
      sessionToken: token,
      userId: person.id,
      expires: new Date(Date.now() + 24 * 60 * 60 * 1000 * 30),
    },
  });
  jar.token = token;
}

const route = (extra: Record<string, string>, org = slug) => Promise.resolve({ lang: "en", org, ...extra });

async function outcome(work: Promise<unknown>) {
  try {
    await work;
    return "rendered";
  } catch (error) {
    return digestOf(error) || error;
  }
}

beforeAll(async () => {
  await seedTestLibrary(database.owner);
  const [org, other] = await Promise.all([buildOrganization(), buildOrganization()]);
  slug = org.slug;
  const hr = org.members.admin!;
  programId = await copyForTest(hr);
  await as(hr, async ({ tx, ctx }) => {
    await setProgramStatus({ tx, ctx, input: { programId, status: "published" } });
    await assignProgram({ tx, ctx, input: { programId, audience: "everyone", teamIds: [], dueDate: null } });
  });
  learner = await addTestMember(org, "employee");
  outsider = await addTestMember(other, "employee");
  const program = await as(learner, ({ tx, ctx }) => getLearnerProgram({ tx, ctx, programId }));
  statementId = program.statements[0]!.id;
  resourceId = program.statements.find((statement) => statement.resources.length > 0)!.resources[0]!.id;
});

beforeEach(() => signInAs(learner));

describe("the learner pages' SQL statements", () => {
  it("reads the resource page in at most 8 statements, session and transaction included", async () => {
    const { result, statements } = await countStatements(() =>
      loadLearnerResourcePage(route({ programId, resourceId })),
    );
    expect(result.data.located.resource.id).toBe(resourceId);
    expect(result.data.body).not.toBeNull();
    expect(result.ctx.membershipId).toBe(learner.membershipId);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(8);
  });

  it("reads the program and statement pages in at most 8 statements each", async () => {
    const program = await countStatements(() => loadLearnerProgramPage(route({ programId })));
    expect(program.result.data.id).toBe(programId);
    expect(program.statements).toBeLessThanOrEqual(8);
    const statement = await countStatements(() =>
      loadLearnerStatementPage(route({ programId, statementId })),
    );
    expect(statement.result.data.statement.id).toBe(statementId);
    expect(statement.statements).toBeLessThanOrEqual(8);
  });
});

describe("what the learner pages show of a program (issue 19)", () => {
  it("gives a copy its library program's cover and the library's total time, in every language", async () => {
    const { data: program } = await loadLearnerProgramPage(route({ programId }));
    expect(program.coverSeed).toBe(FLAGSHIP);
    for (const lang of ["nb", "en", "nl"] as const) {
      const library = await getLibraryProgram(FLAGSHIP, lang);
      expect(totalMinutes(program.statements, lang)).toBe(library?.totalMinutes);
      expect(library?.totalMinutes).toBeGreaterThan(0);
    }
    const { data } = await loadMyProgramsPage(route({}));
    const mine = data.programs.find((entry) => entry.id === programId);
    expect(mine).toMatchObject({
      coverSeed: FLAGSHIP,
      minutes: { nb: totalMinutes(program.statements, "nb") },
    });
    const resources = program.statements.flatMap((statement) => statement.resources);
    expect(mine?.parts).toEqual({
      resources: { done: 0, total: resources.length },
      statements: { rated: 0, total: program.statements.length },
    });
  });

  it("places a resource among the program's resources and names its neighbours", async () => {
    const { data: program } = await loadLearnerProgramPage(route({ programId }));
    const resources = program.statements.flatMap((statement) => statement.resources);
    expect(resources.length).toBeGreaterThan(2);
    const first = await loadLearnerResourcePage(route({ programId, resourceId: resources[0]!.id }));
    expect(first.data.located).toMatchObject({ position: 1, count: resources.length, previous: null });
    expect(first.data.located.next?.resource.title).toEqual(resources[1]!.title);
    const last = await loadLearnerResourcePage(route({ programId, resourceId: resources.at(-1)!.id }));
    expect(last.data.located).toMatchObject({
      position: resources.length,
      count: resources.length,
      next: null,
    });
    expect(last.data.located.previous?.resource.id).toBe(resources.at(-2)!.id);
  });
});

describe("what the learner pages refuse", () => {
  it("answers 404 for a program id of another organization, a malformed id or a resource of no program", async () => {
    const theirs = await copyForTest(outsider.ctx.role === "employee" ? await otherAdmin() : outsider);
    expect(await outcome(loadLearnerProgramPage(route({ programId: theirs })))).toMatch(/404/);
    expect(await outcome(loadLearnerProgramPage(route({ programId: "not-a-uuid" })))).toMatch(/404/);
    expect(await outcome(loadLearnerResourcePage(route({ programId, resourceId: programId })))).toMatch(
      /404/,
    );
    expect(await outcome(loadLearnerGrowthPage(route({ programId })))).toBe("rendered");
  });

  it("answers 404 in an organization the person is not a member of", async () => {
    await signInAs(outsider);
    expect(await outcome(loadLearnerProgramPage(route({ programId })))).toMatch(/404/);
    expect(await outcome(loadMyProgramsPage(route({})))).toMatch(/404/);
  });

  it("sends someone signed out, or with an expired session, to sign in and back", async () => {
    await signInAs(null);
    expect(await outcome(loadLearnerProgramPage(route({ programId })))).toContain(
      encodeURIComponent(`/en/o/${slug}/learn/${programId}`),
    );
    await signInAs(learner);
    await db.session.update({
      where: { sessionToken: jar.token! },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await outcome(loadMyProgramsPage(route({})))).toMatch(/NEXT_REDIRECT/);
  });
});

/** An HR person of the outsider's organization, to copy a program there. */
async function otherAdmin(): Promise<TestMember> {
  return addTestMember(
    { id: outsider.ctx.orgId, slug: outsider.ctx.orgSlug, name: outsider.ctx.orgName },
    "admin",
  );
}
