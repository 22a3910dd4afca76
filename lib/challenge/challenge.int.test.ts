// The rejection challenge against Postgres as the application role: the goal's count follows
// every change to the log, a repeated submission logs one attempt, and nobody but the author can
// read the log, whatever their role or organization.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportChallengeCsv } from "@/app/[lang]/o/[org]/challenge/export/route";
import { addAttemptAction } from "@/lib/actions/challenge/add-attempt";
import { getSessionUser } from "@/lib/auth/session";
import { withTenant } from "@/lib/db/tenant";
import { isAppError } from "@/lib/errors/app-error";
import {
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { addAttempt } from "./add-attempt";
import { addAttemptInput, saveGoalInput, type AddAttemptInput } from "./challenge-input";
import { deleteAttempt, updateAttempt } from "./edit-attempt";
import { ATTEMPTS_PER_PAGE, getChallenge, getChallengePage } from "./get-challenge";
import { saveGoal } from "./save-goal";
import { setShareCount } from "./set-share-count";

// Routes read the session with memberships: for the person getSessionUser's mock names (see there).
vi.mock("@/lib/auth/session", async () =>
  (await import("@/tests/support/request-session")).mockedSessionModule(),
);
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

setupTestDatabase();

let org: TestOrganization;
let me: TestMember;

beforeEach(async () => {
  org = await buildOrganization();
  me = org.members.employee;
});

const as = <T>(actor: TestMember, work: Parameters<typeof withTenant<T>>[1]) => withTenant(actor.ctx, work);

const attempt = (overrides: Partial<AddAttemptInput> = {}): AddAttemptInput =>
  addAttemptInput.parse({
    occurredOn: "2026-03-10",
    area: "work",
    ask: "Asked for a day off",
    outcome: "no",
    feelingBefore: "2",
    feelingAfter: "4",
    lesson: "",
    requestKey: randomUUID(),
    ...overrides,
  });

const log = (actor: TestMember, overrides: Partial<AddAttemptInput> = {}) =>
  as(actor, (tx) => addAttempt({ tx, ctx: actor.ctx, input: attempt(overrides) }));

const goalOf = (actor: TestMember) =>
  as(actor, (tx) => getChallenge({ tx, ctx: actor.ctx })).then((view) => view.goal);

async function setGoal(actor: TestMember, target: string, startsOn = "2026-01-01", endsOn = "2026-12-31") {
  const input = saveGoalInput.parse({ preset: "custom", customTarget: target, startsOn, endsOn });
  await as(actor, (tx) => saveGoal({ tx, ctx: actor.ctx, input }));
}

describe("the goal's count of no's", () => {
  it("follows adding, editing and deleting attempts, counting only no's inside the period", async () => {
    await setGoal(me, "10");
    const first = await log(me, { outcome: "no" });
    await log(me, { outcome: "yes" });
    await log(me, { outcome: "no_answer" });
    await log(me, { outcome: "no", occurredOn: "2025-12-31" }); // before the period
    expect((await goalOf(me))?.noCount).toBe(1);

    const second = await log(me, { outcome: "no", occurredOn: "2026-04-01" });
    expect((await goalOf(me))?.noCount).toBe(2);

    // Edited into a yes: one no fewer. Edited back, and moved out of the period: still one fewer.
    const edit = (id: string, overrides: Partial<AddAttemptInput>) => {
      const { requestKey: _unused, ...fields } = attempt(overrides);
      return as(me, (tx) => updateAttempt({ tx, ctx: me.ctx, input: { ...fields, attemptId: id } }));
    };
    await edit(second.attemptId, { outcome: "yes", occurredOn: "2026-04-01" });
    expect((await goalOf(me))?.noCount).toBe(1);
    await edit(second.attemptId, { outcome: "no", occurredOn: "2025-06-01" });
    expect((await goalOf(me))?.noCount).toBe(1);

    await as(me, (tx) => deleteAttempt({ tx, ctx: me.ctx, input: { attemptId: first.attemptId } }));
    expect((await goalOf(me))?.noCount).toBe(0);

    // A new period counts again from the log: the no of 31 December and the one moved to June 2025.
    await setGoal(me, "10", "2025-01-01", "2026-12-31");
    expect((await goalOf(me))?.noCount).toBe(2);
  });

  it("keeps the last activity of the membership current on every write", async () => {
    const before = new Date();
    await log(me);
    const membership = await as(me, (tx) =>
      tx.membership.findUniqueOrThrow({
        where: { organizationId_id: { organizationId: me.ctx.orgId, id: me.membershipId } },
        select: { lastActivityAt: true },
      }),
    );
    expect(membership.lastActivityAt?.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("refuses sharing the count before there is a goal, and stores the choice once there is one", async () => {
    await expect(
      as(me, (tx) => setShareCount({ tx, ctx: me.ctx, input: { share: true } })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await setGoal(me, "100");
    await as(me, (tx) => setShareCount({ tx, ctx: me.ctx, input: { share: true } }));
    expect((await goalOf(me))?.shareCountWithTeams).toBe(true);
  });
});

describe("a repeated submission", () => {
  it("makes one attempt out of twenty concurrent identical submissions", async () => {
    await setGoal(me, "10");
    const input = attempt();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => as(me, (tx) => addAttempt({ tx, ctx: me.ctx, input }))),
    );
    expect(new Set(results.map((result) => result.attemptId)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const view = await as(me, (tx) => getChallenge({ tx, ctx: me.ctx }));
    expect(view.attempts).toHaveLength(1);
    expect(view.goal?.noCount).toBe(1);
  });
});

describe("privacy of the log", () => {
  it("shows another member, a manager, HR and the owner none of my attempts, though they see my count", async () => {
    await setGoal(me, "10");
    await log(me);
    await log(me, { outcome: "yes" });
    for (const role of ["manager", "admin", "owner"] as const) {
      const other = org.members[role];
      const seen = await as(other, async (tx) => ({
        all: await tx.challengeAttempt.count(),
        mine: await tx.challengeAttempt.findMany({ where: { membershipId: me.membershipId } }),
        raw: await tx.$queryRaw<{ count: bigint }[]>`select count(*) from "ChallengeAttempt"`,
        goal: await tx.challengeGoal.findFirst({ where: { membershipId: me.membershipId } }),
      }));
      expect(seen.all, role).toBe(0);
      expect(seen.mine, role).toEqual([]);
      expect(Number(seen.raw[0]?.count), role).toBe(0);
      // The goal carries only the count, which is what sharing it with teams is built on.
      expect(seen.goal?.noCount, role).toBe(1);
    }
    const colleague = await buildOrganization().then((other) => other.members.employee);
    expect(await as(colleague, (tx) => tx.challengeAttempt.count())).toBe(0);
    expect((await as(me, (tx) => getChallenge({ tx, ctx: me.ctx }))).attempts).toHaveLength(2);
  });

  it("cannot edit or delete someone else's attempt, even knowing its id", async () => {
    const mine = await log(me);
    const manager = org.members.manager;
    const { requestKey: _unused, ...fields } = attempt({ outcome: "yes" });
    const tries = [
      as(manager, (tx) =>
        updateAttempt({ tx, ctx: manager.ctx, input: { ...fields, attemptId: mine.attemptId } }),
      ),
      as(manager, (tx) => deleteAttempt({ tx, ctx: manager.ctx, input: { attemptId: mine.attemptId } })),
    ];
    for (const outcome of await Promise.allSettled(tries)) {
      expect(outcome.status).toBe("rejected");
      const reason = (outcome as PromiseRejectedResult).reason;
      expect(isAppError(reason) && reason.code).toBe("NOT_FOUND");
    }
    expect((await as(me, (tx) => getChallenge({ tx, ctx: me.ctx }))).attempts[0]?.outcome).toBe("no");
  });
});

describe("a quick entry and the paged log (issue 19)", () => {
  const signIn = (member: TestMember | null) =>
    vi.mocked(getSessionUser).mockResolvedValue(member && { ...member, language: "nb" });
  const submit = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return addAttemptAction({ lang: "en", orgSlug: org.slug }, null, form);
  };

  it("logs one line and a no, dated today, with the details left empty rather than guessed", async () => {
    signIn(me);
    const result = await submit({ ask: "Asked for a window seat", outcome: "no", requestKey: randomUUID() });
    expect(result).toMatchObject({ ok: true });
    const [logged] = (await as(me, (tx) => getChallenge({ tx, ctx: me.ctx }))).attempts;
    expect(logged).toMatchObject({
      ask: "Asked for a window seat",
      outcome: "no",
      area: null,
      feelingBefore: null,
      feelingAfter: null,
      lesson: "",
    });
    expect(logged?.occurredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("still requires what was asked and the answer, and rejects details out of range", async () => {
    signIn(me);
    expect(await submit({ ask: "  ", outcome: "no", requestKey: randomUUID() })).toMatchObject({
      ok: false,
      fieldErrors: { ask: "Write what you asked." },
    });
    expect(await submit({ ask: "Asked for help", requestKey: randomUUID() })).toMatchObject({
      ok: false,
      fieldErrors: { outcome: "Choose an outcome." },
    });
    const wrong = await submit({
      ask: "Asked for help",
      outcome: "yes",
      area: "space",
      feelingBefore: "9",
      requestKey: randomUUID(),
    });
    expect(wrong).toMatchObject({ ok: false });
    expect(Object.keys((wrong as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      "area",
      "feelingBefore",
    ]);
    expect((await as(me, (tx) => getChallenge({ tx, ctx: me.ctx }))).attempts).toHaveLength(0);
  });

  it("pages the log newest first, counts every attempt for the chart, and shows nobody else's", async () => {
    const total = ATTEMPTS_PER_PAGE + 5;
    for (let day = 1; day <= total; day += 1)
      await log(me, {
        ask: `Ask ${day}`,
        outcome: day % 5 === 0 ? "yes" : "no",
        occurredOn: `2026-01-${String(day).padStart(2, "0")}`,
      });
    const read = (actor: TestMember, page: number) =>
      as(actor, (tx) => getChallengePage({ tx, ctx: actor.ctx, page }));

    const first = await read(me, 1);
    expect(first).toMatchObject({ total, page: 1, pageCount: 2 });
    expect(first.attempts).toHaveLength(ATTEMPTS_PER_PAGE);
    expect(first.attempts[0]?.ask).toBe(`Ask ${total}`);
    expect(first.marks).toHaveLength(total);
    expect(first.yeses.map((yes) => yes.ask)).toEqual(["Ask 25", "Ask 20", "Ask 15", "Ask 10", "Ask 5"]);

    const second = await read(me, 2);
    expect(second.attempts.map((attempt) => attempt.ask)).toEqual([
      "Ask 5",
      "Ask 4",
      "Ask 3",
      "Ask 2",
      "Ask 1",
    ]);
    // A page past the end shows the last one instead of an empty list.
    expect((await read(me, 99)).page).toBe(2);

    for (const other of [
      org.members.manager,
      org.members.admin,
      (await buildOrganization()).members.employee,
    ]) {
      const seen = await read(other, 1);
      expect(seen).toMatchObject({ total: 0, page: 1, pageCount: 1, attempts: [], marks: [], yeses: [] });
    }
  });
});

describe("the action and the CSV download", () => {
  const signIn = (member: TestMember | null) =>
    vi.mocked(getSessionUser).mockResolvedValue(member && { ...member, language: "nb" });

  it("answers a too long ask with a translated field error and writes nothing", async () => {
    signIn(me);
    const form = new FormData();
    for (const [name, value] of Object.entries({
      occurredOn: "2026-03-10",
      area: "social",
      ask: "x".repeat(501),
      outcome: "no",
      feelingBefore: "3",
      feelingAfter: "3",
      requestKey: randomUUID(),
    }))
      form.append(name, value);
    const result = await addAttemptAction({ lang: "en", orgSlug: org.slug }, null, form);
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { ask: "Keep it to 500 characters." },
    });
    expect((await as(me, (tx) => getChallenge({ tx, ctx: me.ctx }))).attempts).toHaveLength(0);
  });

  it("gives the author a UTF-8 CSV with headers in the URL's language and formulas neutralised", async () => {
    await log(me, { ask: '=HYPERLINK("http://evil")', lesson: "Spør, igjen" });
    signIn(me);
    const response = await exportChallengeCsv(new Request("http://test/"), {
      params: Promise.resolve({ lang: "nb", org: org.slug }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="avvisningsutfordringen-/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n")[0]).toBe(
      "Dato,Område,Hva jeg spurte om,Utfall,Følelse før (1-5),Følelse etter (1-5),Lærdom",
    );
    expect(text.split("\r\n")[1]).toBe(
      '2026-03-10,Jobb,"\'=HYPERLINK(""http://evil"")",Nei,2,4,"Spør, igjen"',
    );
  });

  it("answers 404 to a member of another organization and 401 to someone signed out", async () => {
    await log(me);
    const outsider = (await buildOrganization()).members.owner;
    const download = () =>
      exportChallengeCsv(new Request("http://test/"), {
        params: Promise.resolve({ lang: "en", org: org.slug }),
      });
    signIn(outsider);
    expect((await download()).status).toBe(404);
    signIn(null);
    expect((await download()).status).toBe(401);
  });
});
