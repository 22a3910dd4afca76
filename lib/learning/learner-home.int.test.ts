// The learner's home (issue 19) against Postgres as the application role: which program to carry
// on with and its next item by name, progress as resources read and statements rated, the moment
// a program is complete, nothing assigned, and nothing of another organization.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addTestMember,
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { assignProgram } from "@/lib/programs/assign-program";
import { setProgramStatus } from "@/lib/programs/set-program-status";
import { as, copyForTest, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { countStatements } from "@/lib/db/statement-count";
import { setupTestDatabase } from "@/tests/db";
import { getLearnerHome } from "./learner-home";
import { getLearnerProgram } from "./learner-program";
import { rateStatement } from "./rate-statement";
import { setResourceDone } from "./set-resource-done";

const database = setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;
/** Assigned to everyone without a due date, before `dueId`. */
let openId: string;
/** Assigned to everyone with a due date: the one to carry on with first. */
let dueId: string;
/** The other organization's copy, assigned to everyone there. */
let otherId: string;
const DUE = new Date("2027-03-31T00:00:00.000Z");

async function publishToEveryone(hr: TestMember, dueDate: Date | null) {
  const programId = await copyForTest(hr);
  await as(hr, async ({ tx, ctx }) => {
    await setProgramStatus({ tx, ctx, input: { programId, status: "published" } });
    await assignProgram({ tx, ctx, input: { programId, audience: "everyone", teamIds: [], dueDate } });
  });
  return programId;
}

beforeAll(async () => {
  await seedTestLibrary(database.owner);
  [org, other] = await Promise.all([buildOrganization(), buildOrganization()]);
  openId = await publishToEveryone(org.members.admin, null);
  dueId = await publishToEveryone(org.members.admin, DUE);
  otherId = await publishToEveryone(other.members.admin, null);
});

const home = (member: TestMember) => as(member, ({ tx, ctx }) => getLearnerHome({ tx, ctx }));
const program = (member: TestMember, programId: string) =>
  as(member, ({ tx, ctx }) => getLearnerProgram({ tx, ctx, programId }));
const markDone = (member: TestMember, resourceId: string) =>
  as(member, ({ tx, ctx }) => setResourceDone({ tx, ctx, input: { resourceId, done: true } }));
const rate = (member: TestMember, statementId: string) =>
  as(member, ({ tx, ctx }) =>
    rateStatement({
      tx,
      ctx,
      input: { statementId, level: 3, note: "", unclear: false, wantsHelp: false, requestKey: randomUUID() },
    }),
  );

describe("the learner's home", () => {
  it("starts with the program due first and names its first resource; the counts say what the total is made of", async () => {
    const learner = await addTestMember(org, "employee");
    const due = await program(learner, dueId);
    const resources = due.statements.flatMap((statement) => statement.resources);
    const result = await home(learner);
    expect(result.current).toMatchObject({
      id: dueId,
      dueDate: DUE,
      started: false,
      resources: { done: 0, total: resources.length },
      statements: { rated: 0, total: due.statements.length },
      next: { kind: "resource", id: resources[0]!.id, title: resources[0]!.title },
    });
    expect(result.current!.progress.total).toBe(resources.length + due.statements.length);
    expect(result.others.map((entry) => entry.id)).toEqual([openId]);
    expect(result.completed).toEqual([]);
  });

  it("carries on after the last thing done: counts resources read and statements rated apart, and names the next item", async () => {
    const learner = await addTestMember(org, "employee");
    const due = await program(learner, dueId);
    const [first, second] = due.statements;
    for (const resource of first!.resources) await markDone(learner, resource.id);
    await rate(learner, first!.id);
    const result = await home(learner);
    expect(result.current).toMatchObject({
      id: dueId,
      started: true,
      resources: { done: first!.resources.length },
      statements: { rated: 1 },
    });
    const next = second!.resources[0] ?? second!;
    expect(result.current!.next).toEqual({
      kind: second!.resources[0] ? "resource" : "statement",
      id: next.id,
      title: "title" in next ? next.title : second!.text,
    });
  });

  it("moves a finished program to the completed ones and carries on with the next", async () => {
    const learner = await addTestMember(org, "employee");
    const due = await program(learner, dueId);
    for (const statement of due.statements) {
      for (const resource of statement.resources) await markDone(learner, resource.id);
      await rate(learner, statement.id);
    }
    const result = await home(learner);
    expect(result.completed).toHaveLength(1);
    expect(result.completed[0]).toMatchObject({
      id: dueId,
      next: null,
      progress: { complete: true, percent: 100 },
      statements: { rated: due.statements.length, total: due.statements.length },
    });
    expect(result.current?.id).toBe(openId);
    expect(result.others).toEqual([]);
  });

  it("reads every program's statements, resources and the learner's record in one statement, as the program page does", async () => {
    const learner = await addTestMember(org, "employee");
    const due = await program(learner, dueId);
    await markDone(learner, due.statements[0]!.resources[0]!.id);
    await rate(learner, due.statements[1]!.id);
    const { result, statements } = await countStatements(() => home(learner));
    // The transaction (BEGIN, the tenant settings, COMMIT), one statement for the learner's assigned
    // programs (it was four) and one for their contents and the learner's record (it was four too).
    expect(statements).toBeLessThanOrEqual(5);
    // What the home says of each program is what that program's own page says.
    for (const entry of [result.current!, ...result.others]) {
      const page = await program(learner, entry.id);
      expect(entry.progress).toEqual(page.progress);
      expect(entry.started).toBe(page.started);
      expect(entry.resources.done).toBe(
        page.statements.flatMap((statement) => statement.resources).filter((resource) => resource.done)
          .length,
      );
      expect(entry.statements.rated).toBe(page.statements.filter((statement) => statement.rating).length);
    }
    expect(result.current).toMatchObject({
      id: dueId,
      started: true,
      resources: { done: 1 },
      statements: { rated: 1 },
    });
  });

  it("has nothing to show in an organization that assigned nothing", async () => {
    const empty = await buildOrganization();
    const learner = await addTestMember(empty, "employee");
    expect(await home(learner)).toEqual({ current: null, others: [], completed: [] });
  });

  it("shows nothing of another organization: its programs, or the learner's progress there", async () => {
    const learner = await addTestMember(org, "employee");
    // The same person works in the other organization too, and finishes a statement there.
    const elsewhere = await addTestMember(other, "employee", { user: learner });
    const theirs = await program(elsewhere, otherId);
    await rate(elsewhere, theirs.statements[0]!.id);

    const here = await home(learner);
    const ids = [here.current, ...here.others, ...here.completed].map((entry) => entry?.id);
    expect(ids).not.toContain(otherId);
    expect(new Set(ids)).toEqual(new Set([dueId, openId]));
    expect(here.current!.statements.rated).toBe(0);

    const there = await home(elsewhere);
    expect(there.current).toMatchObject({ id: otherId, statements: { rated: 1 } });
    expect(there.others).toEqual([]);
  });
});
