// "My data": the export holds everything of the person in one organization and nothing of anyone
// else's; deleting the account removes all of it in every organization (foreign-key cascades under
// row-level security included) and leaves other people's data alone. Against Postgres as the app.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportMyDataRoute } from "@/app/[lang]/o/[org]/me/export/route";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { createOrganization } from "@/lib/orgs/create-organization";
import {
  addTestMember,
  buildOrganization,
  createTestUser,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { copyForTest, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { setupTestDatabase } from "@/tests/db";
import { deleteAccount } from "./delete-account";
import { exportMyData } from "./export-my-data";
import { setShareRatings } from "./set-share-ratings";

// Routes read the session with memberships: for the person getSessionUser's mock names (see there).
vi.mock("@/lib/auth/session", async () =>
  (await import("@/tests/support/request-session")).mockedSessionModule(),
);

const database = setupTestDatabase();

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

/** Everything a learner can leave behind in an organization, each text marked with `tag`. */
async function fillLearningData(member: TestMember, programId: string, tag: string) {
  await withTenant(member.ctx, async (tx) => {
    const statement = await tx.programStatement.findFirstOrThrow({
      where: { programId, resources: { some: {} } },
      select: { id: true, resources: { select: { id: true }, take: 1 } },
    });
    const team = await tx.team.upsert({
      where: { organizationId_name: { organizationId: member.ctx.orgId, name: "Salg" } },
      create: { organizationId: member.ctx.orgId, name: "Salg" },
      update: {},
      select: { id: true },
    });
    const mine = { organizationId: member.ctx.orgId, membershipId: member.membershipId };
    await tx.teamMember.create({ data: { ...mine, teamId: team.id } });
    await tx.resourceCompletion.create({
      data: { ...mine, programId, resourceId: statement.resources[0]!.id, resourceRevision: 1 },
    });
    const rating = await tx.rating.create({
      data: {
        ...mine,
        programId,
        statementId: statement.id,
        statementRevision: 1,
        level: 2,
        wantsHelp: true,
        requestKey: randomUUID(),
        note: { create: { userId: member.id, text: `note ${tag}` } },
      },
      select: { id: true, createdAt: true },
    });
    await tx.currentRating.create({
      data: {
        ...mine,
        programId,
        statementId: statement.id,
        ratingId: rating.id,
        level: 2,
        statementRevision: 1,
        ratedAt: rating.createdAt,
      },
    });
    await tx.helpRequest.create({ data: { ...mine, programId, statementId: statement.id } });
    await tx.reflection.create({
      data: {
        ...mine,
        userId: member.id,
        statementId: statement.id,
        promptIndex: 0,
        text: `reflection ${tag}`,
      },
    });
    await tx.challengeGoal.create({
      data: {
        ...mine,
        target: 10,
        startsOn: new Date("2026-01-01"),
        endsOn: new Date("2026-12-31"),
        noCount: 1,
      },
    });
    await tx.challengeAttempt.create({
      data: {
        ...mine,
        userId: member.id,
        occurredOn: new Date("2026-03-01"),
        area: "work",
        ask: `ask ${tag}`,
        outcome: "no",
        feelingBefore: 2,
        feelingAfter: 3,
        requestKey: randomUUID(),
      },
    });
  });
}

/** What of `userId` is left in an organization, looked at as that person (so private tables count too). */
function leftOf(orgId: string, userId: string, membershipId: string) {
  return withTenant({ orgId, userId }, async (tx) => {
    const mine = { organizationId: orgId, membershipId };
    return {
      memberships: await tx.membership.count({ where: { organizationId: orgId, userId } }),
      teamMembers: await tx.teamMember.count({ where: mine }),
      completions: await tx.resourceCompletion.count({ where: mine }),
      ratings: await tx.rating.count({ where: mine }),
      notes: await tx.ratingNote.count({ where: { organizationId: orgId, userId } }),
      currentRatings: await tx.currentRating.count({ where: mine }),
      helpRequests: await tx.helpRequest.count({ where: mine }),
      reflections: await tx.reflection.count({ where: { organizationId: orgId, userId } }),
      goals: await tx.challengeGoal.count({ where: mine }),
      attempts: await tx.challengeAttempt.count({ where: { organizationId: orgId, userId } }),
    };
  });
}

const nothing = {
  memberships: 0,
  teamMembers: 0,
  completions: 0,
  ratings: 0,
  notes: 0,
  currentRatings: 0,
  helpRequests: 0,
  reflections: 0,
  goals: 0,
  attempts: 0,
};
const oneOfEach = Object.fromEntries(Object.keys(nothing).map((key) => [key, 1]));

let org: TestOrganization;
let programId: string;

beforeEach(async () => {
  org = await buildOrganization();
  programId = await copyForTest(org.members.admin);
});

describe("download my data", () => {
  it("holds everything of mine in this organization and nothing of a colleague's", async () => {
    const me = org.members.employee;
    const colleague = org.members.manager;
    await fillLearningData(me, programId, "mine");
    await fillLearningData(colleague, programId, "theirs");
    await withTenant(me.ctx, (tx) => setShareRatings({ tx, ctx: me.ctx, input: { share: true } }));

    const data = await withTenant(me.ctx, (tx) => exportMyData({ tx, ctx: me.ctx }));
    expect(data.user).toMatchObject({ id: me.id, email: me.email });
    expect(data.organization).toMatchObject({ id: org.id, slug: org.slug });
    expect(data.membership).toMatchObject({
      id: me.membershipId,
      role: "employee",
      shareRatingsWithManager: true,
    });
    expect(data.teams).toEqual([expect.objectContaining({ name: "Salg", isManager: false })]);
    expect(data.resourceCompletions).toHaveLength(1);
    expect(data.ratings).toHaveLength(1);
    expect(data.ratings[0]?.note?.text).toBe("note mine");
    expect(data.currentRatings).toHaveLength(1);
    expect(data.helpRequests).toHaveLength(1);
    expect(data.reflections.map((reflection) => reflection.text)).toEqual(["reflection mine"]);
    expect(data.challenge.goal).toMatchObject({ target: 10, noCount: 1 });
    expect(data.challenge.attempts.map((attempt) => attempt.ask)).toEqual(["ask mine"]);

    const json = JSON.stringify(data);
    for (const foreign of [colleague.id, colleague.email, colleague.membershipId, "theirs"])
      expect(json).not.toContain(foreign);
  });

  it("is a JSON attachment for the person, 404 for another organization's member and 401 signed out", async () => {
    const me = org.members.employee;
    const download = () =>
      exportMyDataRoute(new Request("http://test/"), {
        params: Promise.resolve({ lang: "en", org: org.slug }),
      });
    vi.mocked(getSessionUser).mockResolvedValue({ ...me, language: "en" });
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="evne-/);
    expect(((await response.json()) as { user: { email: string } }).user.email).toBe(me.email);

    const outsider = (await buildOrganization()).members.owner;
    vi.mocked(getSessionUser).mockResolvedValue({ ...outsider, language: "en" });
    expect((await download()).status).toBe(404);
    vi.mocked(getSessionUser).mockResolvedValue(null);
    expect((await download()).status).toBe(401);
  });
});

describe("delete my account", () => {
  it("removes everything of mine in two organizations and leaves other people's data", async () => {
    const me = org.members.employee;
    const other = await buildOrganization();
    const otherProgramId = await copyForTest(other.members.admin);
    const meThere = await addTestMember(other, "admin", { user: me });
    await fillLearningData(me, programId, "mine");
    await fillLearningData(meThere, otherProgramId, "mine too");
    await fillLearningData(org.members.manager, programId, "theirs");
    await fillLearningData(other.members.employee, otherProgramId, "theirs too");
    await db.session.create({
      data: { sessionToken: randomUUID(), userId: me.id, expires: new Date(Date.now() + 86_400_000) },
    });
    expect(await leftOf(org.id, me.id, me.membershipId)).toEqual(oneOfEach);

    await deleteAccount({ user: { ...me, language: "nb" }, input: { email: me.email } });

    expect(await db.user.findUnique({ where: { id: me.id } })).toBeNull();
    expect(await db.session.count({ where: { userId: me.id } })).toBe(0);
    expect(await leftOf(org.id, me.id, me.membershipId)).toEqual(nothing);
    expect(await leftOf(other.id, me.id, meThere.membershipId)).toEqual(nothing);
    const colleague = org.members.manager;
    expect(await leftOf(org.id, colleague.id, colleague.membershipId)).toEqual(oneOfEach);
    const colleagueThere = other.members.employee;
    expect(await leftOf(other.id, colleagueThere.id, colleagueThere.membershipId)).toEqual(oneOfEach);
  });

  it("refuses while I am the only owner of an organization with other members, and changes nothing", async () => {
    const owner = org.members.owner;
    await expect(
      deleteAccount({ user: { ...owner, language: "nb" }, input: { email: owner.email } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "account:delete.errors.onlyOwner",
      messageValues: { organization: org.name },
    });
    expect(await db.user.findUnique({ where: { id: owner.id }, select: { id: true } })).toEqual({
      id: owner.id,
    });
    expect((await leftOf(org.id, owner.id, owner.membershipId)).memberships).toBe(1);
  });

  it("lets an owner go when another active owner stays", async () => {
    const owner = org.members.owner;
    await addTestMember(org, "owner");
    await deleteAccount({ user: { ...owner, language: "nb" }, input: { email: owner.email } });
    expect(await db.user.findUnique({ where: { id: owner.id } })).toBeNull();
    const remaining = await withTenant(org.members.admin.ctx, (tx) => tx.membership.count());
    expect(remaining).toBe(4);
  });

  it("deletes an organization in which I was the only member", async () => {
    const loner = await createTestUser();
    const created = await createOrganization({
      actor: loner,
      input: {
        name: "Bare meg",
        slug: `bare-meg-${randomUUID().slice(0, 8)}`,
        defaultLanguage: "nb",
        yourName: "Bare meg",
      },
    });
    await deleteAccount({ user: { ...loner, language: "nb" }, input: { email: loner.email } });
    const left = await withTenant({ orgId: created.orgId, userId: loner.id }, (tx) =>
      tx.organization.count(),
    );
    expect(left).toBe(0);
  });

  it("asks for my own email address as confirmation", async () => {
    const me = org.members.employee;
    await expect(
      deleteAccount({ user: { ...me, language: "nb" }, input: { email: "someone@else.test" } }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { email: "account:delete.errors.emailMismatch" },
    });
    expect(await db.user.findUnique({ where: { id: me.id }, select: { id: true } })).toEqual({ id: me.id });
  });
});
