// Insights against Postgres as the application role: progress and overdue flags, the k rule on
// current and monthly distributions, who may see which team, help requests, the HR overview, and
// a number of SQL statements that does not grow with the team or the organization.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { buildOrganization } from "@/lib/orgs/testing/build-organization";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { as, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { setupTestDatabase } from "@/tests/db";
import { markHelpRequestHandled } from "./help-requests";
import { updateInsightSettings } from "./insight-settings";
import { listInsightTeams } from "./insight-teams";
import { getOrganizationOverview } from "./organization-overview";
import { getTeamDashboard } from "./team-dashboard";
import {
  addPeople,
  addTeam,
  askForHelp,
  asOwner,
  assignToTeams,
  buildInsightOrganization,
  completeProgram,
  rate,
  takeSnapshots,
  type InsightOrganization,
} from "./testing/insight-fixtures";

const database = setupTestDatabase();

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
/** The 15th of the month `back` months before now, noon UTC. */
const midMonth = (back: number) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - back, 15, 12));
const dayOnly = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

const dashboard = (ctx: WorkspaceContext, teamId: string) =>
  withTenant(ctx, (tx) => getTeamDashboard({ tx, ctx, teamId, now: NOW }));
const overview = (ctx: WorkspaceContext) =>
  withTenant(ctx, (tx) => getOrganizationOverview({ tx, ctx, now: NOW }));

describe("a team's dashboard", () => {
  let org: InsightOrganization;
  let people: string[];
  let teamA: string;
  let teamB: string;

  beforeAll(async () => {
    org = await buildInsightOrganization();
    people = await addPeople(org, 4, "Ada");
    const others = await addPeople(org, 3, "Bo");
    teamA = await addTeam(org, people, org.members.manager, "Alpha");
    teamB = await addTeam(org, others, undefined, "Beta");
    await assignToTeams(org, [teamA, teamB], dayOnly(daysAgo(2)));
    const [s1, s2] = org.statements;
    // Person 0 finished everything; 1 rated one statement; 2 and 3 rated only statement 1.
    await completeProgram(org, people[0]!, daysAgo(5), 4);
    await rate(org, people[1]!, s1!, 1, daysAgo(3));
    await rate(org, people[2]!, s1!, 2, daysAgo(3));
    await rate(org, people[3]!, s1!, 1, daysAgo(3));
    // Statement 2: only two answers in the team (0 and 1) → below k = 3.
    await rate(org, people[1]!, s2!, 2, daysAgo(3));
    await askForHelp(org, people[2]!, s1!);
    await asOwner(org, (tx) =>
      tx.membership.update({
        where: { organizationId_id: { organizationId: org.id, id: people[1]! } },
        data: { shareRatingsWithManager: true, lastActivityAt: daysAgo(3) },
      }),
    );
    await takeSnapshots(org, NOW);
  });

  it("shows each member's progress, completion date and overdue flag", async () => {
    const view = await dashboard(org.members.manager.ctx, teamA);
    expect(view.team.name).toBe("Alpha");
    expect(view.memberCount).toBe(4);
    const byPerson = new Map(view.rows.map((row) => [row.membershipId, row]));
    expect(byPerson.get(people[0]!)).toMatchObject({
      done: org.totalItems,
      total: org.totalItems,
      percent: 100,
      complete: true,
      overdue: false,
    });
    // Days, not times (ADR 014).
    expect(byPerson.get(people[0]!)!.completedAt?.toISOString()).toBe(dayOnly(daysAgo(5)).toISOString());
    expect(byPerson.get(people[1]!)).toMatchObject({
      done: 2,
      percent: Math.round((2 / org.totalItems) * 100),
      complete: false,
      completedAt: null,
      overdue: true,
    });
    expect(byPerson.get(people[3]!)).toMatchObject({ done: 1, overdue: true });
    expect(byPerson.get(people[1]!)!.lastActivityAt?.toISOString()).toBe(dayOnly(daysAgo(3)).toISOString());
  });

  it("shows a distribution only where at least k members rated, and no numbers otherwise", async () => {
    const view = await dashboard(org.members.manager.ctx, teamA);
    const [s1, s2, s3] = org.statements;
    // Statement 1: levels 4 (person 0), 2 (person 2), 1 (person 3) — exactly k = 3 answers; person
    // 1 shares her ratings with the manager and is therefore in no aggregate (ADR 014).
    expect(view.distributions.get(s1!.id)).toEqual({
      shown: true,
      counts: [1, 1, 0, 1],
      total: 3,
      asOf: dayOnly(NOW),
    });
    // Statement 2: fewer than k answers: hidden, without a total.
    expect(view.distributions.get(s2!.id)).toEqual({ shown: false, reason: "notYet" });
    expect(view.distributions.get(s3!.id)).toEqual({ shown: false, reason: "notYet" });
  });

  it("follows the organization's k: raised to 4, three answers are hidden too", async () => {
    await as(org.members.owner, ({ tx, ctx }) =>
      updateInsightSettings({ tx, ctx, input: { minimumGroupSize: 4, ratingRefreshDays: 30 } }),
    );
    try {
      const view = await dashboard(org.members.manager.ctx, teamA);
      expect(view.k).toBe(4);
      expect(view.distributions.get(org.statements[0]!.id)).toEqual({ shown: false, reason: "notYet" });
    } finally {
      await as(org.members.owner, ({ tx, ctx }) =>
        updateInsightSettings({ tx, ctx, input: { minimumGroupSize: 3, ratingRefreshDays: 30 } }),
      );
    }
    const audit = await asOwner(org, (tx) =>
      tx.auditEntry.findMany({ where: { action: "organization.settings" }, orderBy: { createdAt: "asc" } }),
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]!.data).toEqual({
      minimumGroupSize: { from: 3, to: 4 },
      ratingRefreshDays: { from: 30, to: 30 },
    });
  });

  it("shows individual ratings only of members who share them, and only to their manager", async () => {
    const view = await dashboard(org.members.manager.ctx, teamA);
    expect(view.sharedRatings.map((person) => person.membershipId)).toEqual([people[1]!]);
    expect(view.sharedRatings[0]!.ratings.map((r) => r.level).sort()).toEqual([1, 2]);
    // Sharing is with the manager: HR opening the same team sees none.
    const hrView = await dashboard(org.members.admin.ctx, teamA);
    expect(hrView.team.viewerManages).toBe(false);
    expect(hrView.sharedRatings).toEqual([]);
  });

  it("shows the challenge count of members who share only their count, and nothing of the rest", async () => {
    const goal = (membershipId: string, noCount: number, share: boolean) =>
      asOwner(org, (tx) =>
        tx.challengeGoal.create({
          data: {
            organizationId: org.id,
            membershipId,
            target: 10,
            startsOn: dayOnly(daysAgo(30)),
            endsOn: dayOnly(daysAgo(-300)),
            noCount,
            shareCountWithTeams: share,
          },
        }),
      );
    await goal(people[2]!, 4, true);
    await goal(people[3]!, 7, false);
    const view = await dashboard(org.members.manager.ctx, teamA);
    expect(
      view.challengeCounts.map(({ membershipId, noCount, target }) => [membershipId, noCount, target]),
    ).toEqual([[people[2]!, 4, 10]]);
  });

  it("lists help requests and marks them handled once", async () => {
    const view = await dashboard(org.members.manager.ctx, teamA);
    expect(view.helpRequests).toHaveLength(1);
    const request = view.helpRequests[0]!;
    expect(request).toMatchObject({ membershipId: people[2]!, handledAt: null });
    expect(request.statementText.nb).toBeTruthy();
    const first = await as(org.members.manager, ({ tx, ctx }) =>
      markHelpRequestHandled({ tx, ctx, input: { helpRequestId: request.id } }),
    );
    const again = await as(org.members.manager, ({ tx, ctx }) =>
      markHelpRequestHandled({ tx, ctx, input: { helpRequestId: request.id } }),
    );
    expect(first.alreadyHandled).toBe(false);
    expect(again.alreadyHandled).toBe(true);
    const after = await dashboard(org.members.manager.ctx, teamA);
    expect(after.helpRequests[0]!.handledAt).not.toBeNull();
    const overviewAfter = await overview(org.members.admin.ctx);
    expect(overviewAfter.helpRequests).toEqual([]);
  });

  it("answers NOT_FOUND to a manager on a team they do not manage, and to HR of another organization", async () => {
    await expect(dashboard(org.members.manager.ctx, teamB)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await buildOrganization();
    await expect(dashboard(other.members.admin.ctx, teamA)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(dashboard(other.members.owner.ctx, teamA)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await overview(other.members.admin.ctx)).programs).toEqual([]);
    // HR opens any team of their own organization.
    expect((await dashboard(org.members.admin.ctx, teamB)).team.name).toBe("Beta");
  });

  it("refuses employees, and managers the HR overview", async () => {
    await expect(dashboard(org.members.employee.ctx, teamA)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(overview(org.members.manager.ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("does not let a manager handle a help request outside their teams", async () => {
    const [, , s3] = org.statements;
    const outsider = (await addPeople(org, 1, "Cy"))[0]!;
    await addTeam(org, [outsider]);
    const request = await askForHelp(org, outsider, s3!);
    await expect(
      as(org.members.manager, ({ tx, ctx }) =>
        markHelpRequestHandled({ tx, ctx, input: { helpRequestId: request.id } }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists the teams a manager manages, and every team for HR", async () => {
    const mine = await as(org.members.manager, ({ tx, ctx }) => listInsightTeams({ tx, ctx }));
    expect(mine).toEqual([{ id: teamA, name: "Alpha", memberCount: 4 }]);
    const all = await as(org.members.admin, ({ tx, ctx }) => listInsightTeams({ tx, ctx }));
    expect(all.map((team) => team.name)).toEqual(expect.arrayContaining(["Alpha", "Beta"]));
  });
});

describe("the monthly trend", () => {
  it("uses each member's newest rating up to each month's end, with the k rule per month", async () => {
    const org = await buildInsightOrganization();
    const people = await addPeople(org, 3);
    // The team exists since before the half year the trend covers (settled at every nightly run).
    const team = await addTeam(org, people, org.members.manager, undefined, midMonth(6));
    await assignToTeams(org, [team]);
    const s1 = org.statements[0]!;
    // Three months ago: two answers (hidden). Two months ago: the third person answers (shown).
    await rate(org, people[0]!, s1, 1, midMonth(3));
    await rate(org, people[1]!, s1, 1, midMonth(3));
    await rate(org, people[2]!, s1, 2, midMonth(2));
    // Last month person 0 grows: the newest rating replaces the older one from then on.
    await rate(org, people[0]!, s1, 3, midMonth(1));
    // The nightly runs of the last half year, a week apart.
    for (let at = midMonth(5); at < NOW; at = new Date(at.getTime() + 7 * 24 * 60 * 60 * 1000)) {
      await takeSnapshots(org, at);
    }
    await takeSnapshots(org, NOW);
    const view = await dashboard(org.members.manager.ctx, team);
    expect(view.trend).toHaveLength(6);
    const at = (back: number) => view.trend[5 - back]!.byStatement.get(s1.id);
    expect(at(5)).toEqual({ shown: false, reason: "notYet" });
    expect(at(3)).toEqual({ shown: false, reason: "notYet" });
    expect(at(2)).toMatchObject({ shown: true, counts: [2, 1, 0, 0], total: 3 });
    // Last month only one person changed (fewer than k): the figure stays as it was, or that one
    // person's new level could be read off the difference (ADR 014).
    expect(at(1)).toMatchObject({ shown: true, counts: [2, 1, 0, 0], total: 3 });
    expect(at(0)).toMatchObject({ shown: true, counts: [2, 1, 0, 0], total: 3 });
    expect(view.trend[5]!.month).toBe(`${NOW.toISOString().slice(0, 7)}-01`);
  });
});

describe("the HR overview", () => {
  it("counts assigned, started and completed per program, in total and by team, and lists overdue people", async () => {
    const org = await buildInsightOrganization();
    const a = await addPeople(org, 3, "Ann");
    const b = await addPeople(org, 2, "Ben");
    const teamA = await addTeam(org, a, org.members.manager, "A-lag");
    const teamB = await addTeam(org, [...b, a[0]!], undefined, "B-lag");
    await assignToTeams(org, [teamA, teamB], dayOnly(daysAgo(1)));
    await completeProgram(org, a[0]!, daysAgo(3));
    await rate(org, b[0]!, org.statements[0]!, 2, daysAgo(2));
    await askForHelp(org, b[1]!, org.statements[1]!);
    await takeSnapshots(org, daysAgo(1));
    const view = await overview(org.members.admin.ctx);
    expect(view.programs).toHaveLength(1);
    const program = view.programs[0]!;
    // a[0] is in both teams but one person in the total; the manager of A-lag is assigned the
    // team's program too (they learn as well), though the by-team figures count the team's members.
    expect(program.total).toEqual({ assigned: 6, started: 2, completed: 1, outsideTeams: 1 });
    expect(program.byTeam).toEqual([
      { teamId: teamA, teamName: "A-lag", assigned: 3, started: 1, completed: 1 },
      { teamId: teamB, teamName: "B-lag", assigned: 3, started: 2, completed: 1 },
    ]);
    expect(view.overdueCount).toBe(5);
    expect(new Set(view.overdue.map((row) => row.membershipId))).toEqual(
      new Set([a[1], a[2], b[0], b[1], org.members.manager.membershipId]),
    );
    expect(view.helpRequests.map((row) => row.membershipId)).toEqual([b[1]]);
    // Statement 1 has two answers in the organization (a[0] and b[0]): hidden; a third shows it.
    expect(view.distributions.get(org.statements[0]!.id)).toEqual({ shown: false, reason: "notYet" });
    await rate(org, a[1]!, org.statements[0]!, 4, daysAgo(1));
    // Live ratings never reach HR: the figure appears with the next nightly snapshot.
    const sameDay = await overview(org.members.admin.ctx);
    expect(sameDay.distributions.get(org.statements[0]!.id)).toEqual({ shown: false, reason: "notYet" });
    await takeSnapshots(org, NOW);
    const later = await overview(org.members.admin.ctx);
    expect(later.distributions.get(org.statements[0]!.id)).toEqual({
      shown: true,
      counts: [0, 1, 1, 1],
      total: 3,
      asOf: dayOnly(NOW),
    });
  });
});

describe("the number of SQL statements", () => {
  // A client of its own whose connections count every statement sent, so the count is of real
  // round trips, not of Prisma calls.
  let statements = 0;
  const pool = new pg.Pool({ connectionString: process.env.APP_DATABASE_URL, max: 1 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
  const counting = new PrismaClient({ adapter: new PrismaPg(pool) });
  afterAll(async () => {
    await counting.$disconnect();
    await pool.end();
  });

  async function countStatements(ctx: WorkspaceContext, work: (tx: never) => Promise<unknown>) {
    return counting.$transaction(async (tx) => {
      await tx.$queryRaw`select set_config('app.org_id', ${ctx.orgId}, true), set_config('app.user_id', ${ctx.userId}, true)`;
      statements = 0;
      await work(tx as never);
      return statements;
    });
  }

  async function teamOf(size: number) {
    const org = await buildInsightOrganization();
    const people = await addPeople(org, size);
    const team = await addTeam(org, people, org.members.manager);
    await assignToTeams(org, [team], dayOnly(daysAgo(1)));
    for (const [index, person] of people.entries()) {
      await rate(org, person, org.statements[index % 3]!, (index % 4) + 1, daysAgo(40));
      if (index % 2 === 0) await askForHelp(org, person, org.statements[1]!);
    }
    await asOwner(org, (tx) =>
      tx.membership.updateMany({
        where: { id: { in: people.slice(0, 3) } },
        data: { shareRatingsWithManager: true },
      }),
    );
    return { org, team };
  }

  async function organizationOf(teams: number) {
    const org = await buildInsightOrganization();
    const ids: string[] = [];
    for (let index = 0; index < teams; index += 1) {
      const people = await addPeople(org, 3);
      ids.push(await addTeam(org, people, org.members.manager));
      await rate(org, people[0]!, org.statements[0]!, 2, daysAgo(3));
      await askForHelp(org, people[1]!, org.statements[0]!);
    }
    await assignToTeams(org, ids, dayOnly(daysAgo(1)));
    return org;
  }

  it("is the same for a team of 5 and a team of 50", async () => {
    const small = await teamOf(5);
    const large = await teamOf(50);
    const run = ({ org, team }: { org: InsightOrganization; team: string }) =>
      countStatements(org.members.manager.ctx, (tx) =>
        getTeamDashboard({ tx, ctx: org.members.manager.ctx, teamId: team, now: NOW }),
      );
    const five = await run(small);
    const fifty = await run(large);
    expect(five).toBeGreaterThan(0);
    expect(fifty).toBe(five);
    // And what the large team shows is really large (the count is not equal because it is empty).
    const view = await dashboard(large.org.members.manager.ctx, large.team);
    expect(view.rows).toHaveLength(50);
    expect(view.sharedRatings).toHaveLength(3);
  });

  it("is the same for an organization of 2 and of 20 teams", async () => {
    const two = await organizationOf(2);
    const twenty = await organizationOf(20);
    const run = (org: InsightOrganization) =>
      countStatements(org.members.admin.ctx, (tx) =>
        getOrganizationOverview({ tx, ctx: org.members.admin.ctx, now: NOW }),
      );
    const small = await run(two);
    const large = await run(twenty);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    const view = await overview(twenty.members.admin.ctx);
    expect(view.programs[0]!.byTeam).toHaveLength(20);
    expect(view.helpRequests).toHaveLength(20);
    // The manager manages all 20 teams here; the teams list is one query too.
    const teamsTwo = await countStatements(two.members.manager.ctx, (tx) =>
      listInsightTeams({ tx, ctx: two.members.manager.ctx }),
    );
    const teamsTwenty = await countStatements(twenty.members.manager.ctx, (tx) =>
      listInsightTeams({ tx, ctx: twenty.members.manager.ctx }),
    );
    expect(teamsTwenty).toBe(teamsTwo);
  });
});
