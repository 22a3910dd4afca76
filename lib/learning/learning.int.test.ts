// The learner's side against Postgres as the application role: idempotent ratings under
// concurrency, history, reopening after a major edit, hidden items, privacy of notes and
// reflections under row-level security, and which programs a learner can reach at all.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { isAppError } from "@/lib/errors/app-error";
import {
  addTestMember,
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { assignProgram } from "@/lib/programs/assign-program";
import { setItemHidden } from "@/lib/programs/set-item-hidden";
import { setProgramStatus } from "@/lib/programs/set-program-status";
import { as, copyForTest, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { setupTestDatabase } from "@/tests/db";
import { getGrowth } from "./get-growth";
import { getLearnerProgram } from "./learner-program";
import type { RateStatementInput } from "./learning-input";
import { listMyPrograms } from "./list-my-programs";
import { summarizeProgramLearning } from "./program-learning-summary";
import { rateStatement } from "./rate-statement";
import { saveReflection } from "./save-reflection";
import { setResourceDone } from "./set-resource-done";
import { listMyReflections, listRatingHistory } from "./statement-history";

const database = setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;
/** The flagship, published and assigned to everyone. */
let programId: string;
/** A copy left as a draft, assigned to everyone. */
let draftId: string;
/** A published copy assigned to nobody. */
let unassignedId: string;

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  await seedTestLibrary(database.owner);
  [org, other] = await Promise.all([buildOrganization(), buildOrganization()]);
  const hr = org.members.admin;
  programId = await copyForTest(hr);
  draftId = await copyForTest(hr);
  unassignedId = await copyForTest(hr);
  await as(hr, async ({ tx, ctx }) => {
    for (const id of [programId, unassignedId])
      await setProgramStatus({ tx, ctx, input: { programId: id, status: "published" } });
    for (const id of [programId, draftId])
      await assignProgram({
        tx,
        ctx,
        input: { programId: id, audience: "everyone", teamIds: [], dueDate: null },
      });
  });
});

const learner = () => addTestMember(org, "employee");
const program = (member: TestMember, id = programId, now?: Date) =>
  as(member, ({ tx, ctx }) => getLearnerProgram({ tx, ctx, programId: id, now }));
const rate = (member: TestMember, input: Partial<RateStatementInput> & { statementId: string }, now?: Date) =>
  as(member, ({ tx, ctx }) =>
    rateStatement({
      tx,
      ctx,
      input: { level: 2, note: "", unclear: false, wantsHelp: false, requestKey: randomUUID(), ...input },
      now,
    }),
  );
const notFoundCode = async (work: Promise<unknown>) => {
  try {
    await work;
    return "reached";
  } catch (error) {
    return isAppError(error) ? error.code : error;
  }
};

describe("rating a statement", () => {
  it("makes one rating, one current rating and one help request from twenty identical submissions at once", async () => {
    const member = await learner();
    const statementId = (await program(member)).statements[0]!.id;
    const input = { statementId, level: 3, wantsHelp: true, note: "mitt notat", requestKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: 20 }, () => rate(member, input)));
    expect(new Set(results.map((result) => result.ratingId)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const counts = await as(member, async ({ tx }) => ({
      ratings: await tx.rating.count({ where: { membershipId: member.membershipId } }),
      current: await tx.currentRating.count({ where: { membershipId: member.membershipId } }),
      help: await tx.helpRequest.count({ where: { membershipId: member.membershipId } }),
      notes: await tx.ratingNote.count({ where: { userId: member.id } }),
      membership: await tx.membership.findUniqueOrThrow({
        where: { organizationId_id: { organizationId: org.id, id: member.membershipId } },
        select: { lastActivityAt: true },
      }),
    }));
    expect(counts).toMatchObject({ ratings: 1, current: 1, help: 1, notes: 1 });
    expect(counts.membership.lastActivityAt).not.toBeNull();
  });

  it("keeps every rating, newest first, and the newest is current; a second help request joins the open one", async () => {
    const member = await learner();
    const statementId = (await program(member)).statements[1]!.id;
    const t0 = new Date("2026-03-01T10:00:00Z");
    await rate(member, { statementId, level: 1, wantsHelp: true }, t0);
    await rate(member, { statementId, level: 2, wantsHelp: true }, new Date(t0.getTime() + DAY));
    await rate(member, { statementId, level: 4 }, new Date(t0.getTime() + 2 * DAY));
    const history = await as(member, ({ tx, ctx }) => listRatingHistory({ tx, ctx, statementId }));
    expect(history.map((entry) => entry.level)).toEqual([4, 2, 1]);
    const current = (await program(member, programId, new Date(t0.getTime() + 3 * DAY))).statements[1]!
      .rating;
    expect(current).toMatchObject({ level: 4, stale: false });
    const help = await as(member, ({ tx }) =>
      tx.helpRequest.count({ where: { membershipId: member.membershipId } }),
    );
    expect(help).toBe(1);
  });

  it("shows a rating as stale a month later, and rating again makes it fresh and shows the growth", async () => {
    const member = await learner();
    const statementIds = (await program(member)).statements.map((statement) => statement.id);
    const start = new Date("2026-04-01T08:00:00Z");
    const monthLater = new Date(start.getTime() + 31 * DAY);
    for (const statementId of statementIds) await rate(member, { statementId, level: 1 }, start);
    expect((await program(member, programId, monthLater)).statements.every((s) => s.rating?.stale)).toBe(
      true,
    );
    await rate(member, { statementId: statementIds[0]!, level: 3 }, monthLater);
    const after = await program(member, programId, monthLater);
    expect(after.statements[0]!.rating).toMatchObject({ level: 3, stale: false });
    expect(after.statements[1]!.rating?.stale).toBe(true);
    const growth = await as(member, ({ tx, ctx }) => getGrowth({ tx, ctx, statementIds }));
    expect(growth.overTime.map((snapshot) => [snapshot.day, snapshot.counts])).toEqual([
      ["2026-04-01", { 1: statementIds.length, 2: 0, 3: 0, 4: 0 }],
      ["2026-05-02", { 1: statementIds.length - 1, 2: 0, 3: 1, 4: 0 }],
    ]);
    expect(growth.statements[0]).toMatchObject({ first: { level: 1 }, current: { level: 3 } });
  });
});

describe("progress", () => {
  it("reaches 100 % when every visible resource is done and every statement rated", async () => {
    const member = await learner();
    const before = await program(member);
    expect(before.progress).toMatchObject({ done: 0, complete: false });
    expect(before.next?.kind).toBe("resource");
    for (const statement of before.statements) {
      for (const resource of statement.resources)
        await as(member, ({ tx, ctx }) =>
          setResourceDone({ tx, ctx, input: { resourceId: resource.id, done: true } }),
        );
      await rate(member, { statementId: statement.id });
    }
    const after = await program(member);
    expect(after.progress).toMatchObject({ done: before.progress.total, percent: 100, complete: true });
    expect(after.next).toBeNull();
    const [mine] = await as(member, ({ tx, ctx }) => listMyPrograms({ tx, ctx }));
    expect(mine).toMatchObject({ id: programId, progress: { complete: true }, started: true });
  });

  it("reopens a resource and a statement when HR raises their revision (a major edit)", async () => {
    const member = await learner();
    const first = (await program(member)).statements.find((statement) => statement.resources.length > 0)!;
    const resourceId = first.resources[0]!.id;
    await as(member, ({ tx, ctx }) => setResourceDone({ tx, ctx, input: { resourceId, done: true } }));
    await rate(member, { statementId: first.id });
    const done = await program(member);
    expect(done.progress.done).toBe(2);
    await as(org.members.admin, async ({ tx }) => {
      await tx.programResource.update({
        where: { organizationId_id: { organizationId: org.id, id: resourceId } },
        data: { revision: { increment: 1 } },
      });
      await tx.programStatement.update({
        where: { organizationId_id: { organizationId: org.id, id: first.id } },
        data: { revision: { increment: 1 } },
      });
    });
    const reopened = await program(member);
    expect(reopened.progress.done).toBe(0);
    const statement = reopened.statements.find((entry) => entry.id === first.id)!;
    expect(statement.rating).toBeNull();
    expect(statement.resources[0]!.done).toBe(false);
    await as(org.members.admin, async ({ tx }) => {
      await tx.programResource.update({
        where: { organizationId_id: { organizationId: org.id, id: resourceId } },
        data: { revision: { decrement: 1 } },
      });
      await tx.programStatement.update({
        where: { organizationId_id: { organizationId: org.id, id: first.id } },
        data: { revision: { decrement: 1 } },
      });
    });
  });

  it("does not count hidden items, and a hidden statement cannot be rated", async () => {
    const member = await learner();
    const before = await program(member);
    const hidden = before.statements.find((statement) => statement.resources.length > 0)!;
    const hide = (value: boolean) =>
      as(org.members.admin, ({ tx, ctx }) =>
        setItemHidden({ tx, ctx, input: { itemType: "statement", itemId: hidden.id, hidden: value } }),
      );
    await hide(true);
    try {
      const after = await program(member);
      expect(after.progress.total).toBe(before.progress.total - 1 - hidden.resources.length);
      expect(after.statements.map((statement) => statement.id)).not.toContain(hidden.id);
      expect(await notFoundCode(rate(member, { statementId: hidden.id }))).toBe("NOT_FOUND");
    } finally {
      await hide(false);
    }
  });
});

describe("privacy", () => {
  it("keeps notes and reflections from managers, HR, owners and other organizations, even with raw queries", async () => {
    const member = await learner();
    const statement = (await program(member)).statements.find((entry) => entry.reflectionPrompts.length > 0)!;
    await rate(member, { statementId: statement.id, note: "bare for meg" });
    await as(member, ({ tx, ctx }) =>
      saveReflection({ tx, ctx, input: { statementId: statement.id, promptIndex: 0, text: "mine styrker" } }),
    );
    await as(member, ({ tx, ctx }) =>
      saveReflection({
        tx,
        ctx,
        input: { statementId: statement.id, promptIndex: 0, text: "mine styrker, endret" },
      }),
    );
    const count = (scope: { orgId: string; userId: string }) =>
      withTenant(scope, async (tx) => {
        const [notes] = await tx.$queryRaw<{ n: number }[]>`select count(*)::int as n from "RatingNote"`;
        const [reflections] = await tx.$queryRaw<
          { n: number }[]
        >`select count(*)::int as n from "Reflection"`;
        return { notes: notes!.n, reflections: reflections!.n };
      });
    expect(await count({ orgId: org.id, userId: member.id })).toEqual({ notes: 1, reflections: 1 });
    const mine = await as(member, ({ tx, ctx }) => listMyReflections({ tx, ctx, statementId: statement.id }));
    expect(mine.get(0)).toBe("mine styrker, endret");
    for (const role of ["manager", "admin", "owner"] as const)
      expect(await count({ orgId: org.id, userId: org.members[role].id }), role).toEqual({
        notes: 0,
        reflections: 0,
      });
    const outsider = other.members.owner;
    expect(await count({ orgId: other.id, userId: outsider.id })).toEqual({ notes: 0, reflections: 0 });
    // Even naming the learner's organization with the outsider's id shows nothing of the learner.
    expect(await count({ orgId: org.id, userId: outsider.id })).toEqual({ notes: 0, reflections: 0 });
    const history = await as(org.members.manager, ({ tx }) =>
      tx.rating.findMany({ where: { membershipId: member.membershipId }, select: { note: true } }),
    );
    expect(history.map((rating) => rating.note)).toEqual([null]);
  });
});

describe("what a learner can reach", () => {
  it("answers NOT_FOUND for a draft, an unassigned program and an unknown id", async () => {
    const member = await learner();
    expect(await notFoundCode(program(member, draftId))).toBe("NOT_FOUND");
    expect(await notFoundCode(program(member, unassignedId))).toBe("NOT_FOUND");
    expect(await notFoundCode(program(member, randomUUID()))).toBe("NOT_FOUND");
    const unassignedStatement = await as(org.members.admin, ({ tx }) =>
      tx.programStatement.findFirstOrThrow({ where: { programId: unassignedId }, select: { id: true } }),
    );
    expect(await notFoundCode(rate(member, { statementId: unassignedStatement.id }))).toBe("NOT_FOUND");
    const mine = await as(member, ({ tx, ctx }) => listMyPrograms({ tx, ctx }));
    expect(mine.map((entry) => entry.id)).toEqual([programId]);
  });

  it("answers NOT_FOUND to an employee of another organization", async () => {
    const outsider = other.members.employee;
    expect(await notFoundCode(program(outsider, programId))).toBe("NOT_FOUND");
    const statementId = (await program(await learner())).statements[0]!.id;
    expect(await notFoundCode(rate(outsider, { statementId }))).toBe("NOT_FOUND");
  });
});

describe("HR's summary", () => {
  it("counts assigned, started and completed people per program without reading their ratings", async () => {
    const summary = await as(org.members.admin, ({ tx, ctx }) =>
      summarizeProgramLearning({ tx, ctx, programIds: [programId, unassignedId] }),
    );
    const assigned = await as(org.members.admin, ({ tx }) =>
      tx.membership.count({ where: { status: "active" } }),
    );
    const program = summary.get(programId)!;
    expect(program.assigned).toBe(assigned);
    // Earlier tests in this file: at least one learner completed, several started.
    expect(program.completed).toBeGreaterThanOrEqual(1);
    expect(program.started).toBeGreaterThan(program.completed);
    expect(summary.get(unassignedId)).toEqual({ assigned: 0, started: 0, completed: 0 });
  });
});
