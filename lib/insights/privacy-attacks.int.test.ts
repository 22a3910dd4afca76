// Issue 14's attacks, replayed against the real use cases on Postgres (ADR 014). Each test arranges
// an organization, runs the nightly reporting snapshots, reads what a manager or HR can read (team
// dashboards, the organization overview, the ratings export) and hands every published figure to
// the onlooker's solver (testing/attacker.ts), which assumes the worst: that the reader knows
// exactly whose ratings each figure counts. A test passes when the target's level stays open.
// Each one also shows, with the same solver, that the live figures the app used to show would
// have given the level away: the attack is real, and the suite would notice it coming back.
import { beforeAll, describe, expect, it } from "vitest";
import { getT } from "@/lib/i18n/server";
import { type TestMember } from "@/lib/orgs/testing/build-organization";
import { as, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";
import { deleteTeam } from "@/lib/teams/delete-team";
import { removeTeamMember } from "@/lib/teams/remove-team-member";
import { setShareRatings } from "@/lib/account/set-share-ratings";
import { changeMemberRole } from "@/lib/orgs/change-member-role";
import { setTeamManager } from "@/lib/teams/set-team-manager";
import { setupTestDatabase } from "@/tests/db";
import { ratingsBody } from "./export-csv";
import { updateInsightSettings } from "./insight-settings";
import type { Distribution } from "./minimum-group";
import { getOrganizationOverview } from "./organization-overview";
import { ORGANIZATION_GROUP } from "./snapshots/publish-snapshots";
import { getRatingsExport } from "./ratings-export";
import { getTeamDashboard } from "./team-dashboard";
import { possibleLevels, type Knowledge, type Observation } from "./testing/attacker";
import {
  addPeople,
  addTeam,
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

const DAY = 24 * 60 * 60 * 1000;
const MIDNIGHT = new Date(new Date().setUTCHours(0, 0, 0, 0));
/** Noon (UTC) `days` days from today; negative is the past. */
const day = (days: number, hours = 12) => new Date(MIDNIGHT.getTime() + days * DAY + hours * 60 * 60 * 1000);
const ALL = new Set([1, 2, 3, 4]);

/** A person's level as the onlooker sees it: one unknown per rating, since they may know when, not how. */
async function unknownAt(org: InsightOrganization, membershipId: string, statementId: string, before: Date) {
  const rating = await asOwner(org, (tx) =>
    tx.rating.findFirstOrThrow({
      where: { membershipId, statementId, createdAt: { lt: before } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
  );
  return `${membershipId}#${rating.id}`;
}

/** Everything a manager or HR has read so far, as the solver's knowledge. */
class Onlooker {
  readonly observations: Observation[] = [];
  readonly known = new Map<string, number>();
  readonly alike: string[][] = [];
  constructor(private readonly org: InsightOrganization) {}

  /** A figure someone read: which people it counts is taken from the snapshot (the worst case). */
  async saw(groupKey: string, statementId: string, distribution: Distribution | undefined) {
    if (!distribution?.shown) return;
    const snapshot = await asOwner(this.org, (tx) =>
      tx.ratingSnapshot.findFirstOrThrow({
        where: { groupKey, statementId, takenAt: distribution.asOf, heldBack: false },
        select: { roster: true, counts: true },
      }),
    );
    expect(snapshot.counts).toEqual([...distribution.counts]);
    const unknowns = await Promise.all(
      Object.keys(snapshot.roster as Record<string, number>).map((id) =>
        unknownAt(this.org, id, statementId, distribution.asOf),
      ),
    );
    this.observations.push({ unknowns, counts: distribution.counts });
  }

  /** The team's page as `viewer` (its manager, or HR) reads it, on `now`. */
  async readTeam(viewer: TestMember, teamId: string, statementId: string, now: Date) {
    const view = await as(viewer, ({ tx, ctx }) => getTeamDashboard({ tx, ctx, teamId, now }));
    await this.saw(teamId, statementId, view.distributions.get(statementId));
    for (const month of view.trend) await this.saw(teamId, statementId, month.byStatement.get(statementId));
    for (const person of view.sharedRatings) {
      const rating = person.ratings.find((r) => r.statementId === statementId);
      if (rating)
        this.known.set(await unknownAt(this.org, person.membershipId, statementId, day(30)), rating.level);
    }
    return view;
  }

  /** Everything HR reads: the overview, every team's page and the ratings export. */
  async readAsHr(statementId: string, now: Date) {
    const hr = this.org.members.admin;
    const overview = await as(hr, ({ tx, ctx }) => getOrganizationOverview({ tx, ctx, now }));
    await this.saw(ORGANIZATION_GROUP, statementId, overview.distributions.get(statementId));
    const exported = await as(hr, ({ tx, ctx }) => getRatingsExport({ tx, ctx, now }));
    await this.saw(ORGANIZATION_GROUP, statementId, exported.organization.get(statementId));
    for (const team of exported.teams) {
      await this.saw(team.id, statementId, team.byStatement.get(statementId));
      await this.readTeam(hr, team.id, statementId, now);
    }
    return { overview, exported };
  }

  knowledge(): Knowledge {
    return { observations: this.observations, known: this.known, alike: this.alike };
  }

  levelsOf(unknown: string) {
    return possibleLevels(this.knowledge(), unknown);
  }
}

/** The live figure the app showed before ADR 014: the current ratings of everyone given. */
async function liveFigure(org: InsightOrganization, membershipIds: string[], statementId: string) {
  const current = await asOwner(org, (tx) =>
    tx.currentRating.findMany({
      where: { membershipId: { in: membershipIds }, statementId },
      select: { membershipId: true, level: true },
    }),
  );
  const counts = [0, 0, 0, 0];
  for (const row of current) counts[row.level - 1]! += 1;
  const unknowns = await Promise.all(
    current.map((row) => unknownAt(org, row.membershipId, statementId, day(30))),
  );
  return { unknowns, counts };
}

/** Each person rates the statement at their level, at `at`. */
async function rateEach(
  org: InsightOrganization,
  statement: InsightOrganization["statements"][number],
  ratings: readonly (readonly [string, number])[],
  at: Date,
) {
  for (const [person, level] of ratings) await rate(org, person, statement, level, at);
}

async function arrange(size: number, prefix: string) {
  const org = await buildInsightOrganization();
  const people = await addPeople(org, size, prefix);
  const team = await addTeam(org, people, org.members.manager, `${prefix}-lag`, day(-60));
  await assignToTeams(org, [team]);
  return { org, people, team, statement: org.statements[0]! };
}

describe("attack 1: before and after someone rates", () => {
  it("shows the manager and HR no change when one person rates, so the newcomer's level stays open", async () => {
    const { org, people, team, statement } = await arrange(6, "Foer");
    const [a, b, c, d, e, target] = people as [string, string, string, string, string, string];
    await rateEach(
      org,
      statement,
      [
        [a, 2],
        [b, 3],
        [c, 3],
        [d, 3],
        [e, 4],
      ],
      day(-5),
    );
    await takeSnapshots(org, day(-3));
    const manager = new Onlooker(org);
    const hr = new Onlooker(org);
    const before = await manager.readTeam(org.members.manager, team, statement.id, day(-3));
    await hr.readAsHr(statement.id, day(-3));
    expect(before.distributions.get(statement.id)).toMatchObject({ shown: true, counts: [0, 1, 3, 1] });

    await rate(org, target, statement, 1, day(-2));
    const sameDay = await manager.readTeam(org.members.manager, team, statement.id, day(-2));
    await takeSnapshots(org, day(-1));
    const nextDay = await manager.readTeam(org.members.manager, team, statement.id, day(-1));
    await hr.readAsHr(statement.id, day(-1));
    // One person changed (fewer than k): the figure stays the one published before.
    expect(sameDay.distributions.get(statement.id)).toEqual(before.distributions.get(statement.id));
    expect(nextDay.distributions.get(statement.id)).toEqual(before.distributions.get(statement.id));
    // The progress the manager sees moved, and the activity is a day, not a time.
    const row = nextDay.rows.find((r) => r.membershipId === target)!;
    expect(row.done).toBe(1);

    const targetUnknown = await unknownAt(org, target, statement.id, day(30));
    expect(manager.levelsOf(targetUnknown)).toEqual(ALL);
    expect(hr.levelsOf(targetUnknown)).toEqual(ALL);
    // The live figures before and after give it away.
    const live = new Onlooker(org);
    live.observations.push(await liveFigure(org, [a, b, c, d, e], statement.id));
    live.observations.push(await liveFigure(org, people, statement.id));
    expect(live.levelsOf(targetUnknown)).toEqual(new Set([1]));
  });

  it("publishes a change of k people only when their levels differ, and then nobody in it stands out", async () => {
    const { org, people, team, statement } = await arrange(8, "Parti");
    const [a, b, c, d, e, target, u, v] = people as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    await rateEach(
      org,
      statement,
      [
        [a, 2],
        [b, 3],
        [c, 3],
        [d, 3],
        [e, 4],
      ],
      day(-6),
    );
    await takeSnapshots(org, day(-5));
    const manager = new Onlooker(org);
    await manager.readTeam(org.members.manager, team, statement.id, day(-5));
    await rate(org, target, statement, 1, day(-4));
    await rate(org, u, statement, 1, day(-4));
    await rate(org, v, statement, 2, day(-4));
    await takeSnapshots(org, day(-3));
    const after = await manager.readTeam(org.members.manager, team, statement.id, day(-3));
    expect(after.distributions.get(statement.id)).toMatchObject({ shown: true, counts: [2, 2, 3, 1] });
    const levels = await Promise.all(
      [target, u, v].map(async (id) => manager.levelsOf(await unknownAt(org, id, statement.id, day(30)))),
    );
    // Each of the three could be at 1 or 2: no one is singled out from the others.
    for (const possible of levels) expect(possible).toEqual(new Set([1, 2]));
  });

  it("holds back people who changed alike, so a later figure cannot combine that with their levels", async () => {
    const { org, people, team, statement } = await arrange(9, "Hold");
    const [a, b, c, d, e, target, u, v, w] = people as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    await rateEach(
      org,
      statement,
      [
        [a, 2],
        [b, 3],
        [c, 3],
        [d, 3],
        [e, 4],
      ],
      day(-9),
    );
    await takeSnapshots(org, day(-8));
    const manager = new Onlooker(org);
    const first = await manager.readTeam(org.members.manager, team, statement.id, day(-8));
    // Three people rate, all at 1: no new figure. Knowing the rules, the onlooker concludes that
    // the three answered alike (the worst case: they also know exactly who rated).
    for (const person of [target, u, v]) await rate(org, person, statement, 1, day(-7));
    await takeSnapshots(org, day(-6));
    const targetOld = await unknownAt(org, target, statement.id, day(-6));
    const uOld = await unknownAt(org, u, statement.id, day(-6));
    const vUnknown = await unknownAt(org, v, statement.id, day(-6));
    manager.alike.push([targetOld, uOld, vUnknown]);
    // A fourth rates at 2: the change (three at 1, one at 2) would now pass on its own, and with
    // the knowledge above it would show the three at 1. The hold keeps the old figure.
    await rate(org, w, statement, 2, day(-5));
    await takeSnapshots(org, day(-4));
    const held = await manager.readTeam(org.members.manager, team, statement.id, day(-4));
    expect(held.distributions.get(statement.id)).toEqual(first.distributions.get(statement.id));
    expect(manager.levelsOf(targetOld)).toEqual(ALL);
    const naive = new Onlooker(org);
    naive.observations.push(...manager.observations);
    naive.alike.push([targetOld, uOld, vUnknown]);
    naive.observations.push(await liveFigure(org, people, statement.id));
    expect(naive.levelsOf(targetOld)).toEqual(new Set([1]));

    // Two of the three rate again: the hold no longer binds, and a new figure appears.
    await rate(org, target, statement, 3, day(-3));
    await rate(org, u, statement, 4, day(-3));
    await takeSnapshots(org, day(-2));
    const later = await manager.readTeam(org.members.manager, team, statement.id, day(-2));
    expect(later.distributions.get(statement.id)).toMatchObject({ shown: true, counts: [1, 2, 4, 2] });
    for (const unknown of [targetOld, vUnknown, await unknownAt(org, target, statement.id, day(30))]) {
      expect(manager.levelsOf(unknown).size).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("attack 2: everyone alike", () => {
  it("shows no figure where all who answered are at one level, to the manager, HR or in the export", async () => {
    const { org, people, team, statement } = await arrange(7, "Lik");
    const finished = people.slice(0, 5);
    for (const person of finished) await completeProgram(org, person, day(-5), 3);
    await takeSnapshots(org, day(-3));
    const manager = new Onlooker(org);
    const view = await manager.readTeam(org.members.manager, team, statement.id, day(-3));
    // Progress shows exactly who finished…
    expect(
      view.rows
        .filter((row) => row.complete)
        .map((row) => row.membershipId)
        .sort(),
    ).toEqual([...finished].sort());
    // …and no statement shows a figure.
    for (const s of org.statements)
      expect(view.distributions.get(s.id)).toEqual({ shown: false, reason: "notYet" });
    const hr = new Onlooker(org);
    const { overview } = await hr.readAsHr(statement.id, day(-3));
    expect(overview.distributions.get(statement.id)).toEqual({ shown: false, reason: "notYet" });
    const csv = await as(org.members.admin, ({ ctx }) =>
      ratingsBody({ ctx, lang: "en", t: getT("en", "insights") }),
    );
    expect(csv).not.toMatch(/,5,0,0,5,0/);

    const targetUnknown = await unknownAt(org, finished[0]!, statement.id, day(30));
    expect(manager.levelsOf(targetUnknown)).toEqual(ALL);
    expect(hr.levelsOf(targetUnknown)).toEqual(ALL);
    const live = new Onlooker(org);
    live.observations.push(await liveFigure(org, people, statement.id));
    expect(live.levelsOf(targetUnknown)).toEqual(new Set([3]));

    // One more answer at another level would show four-plus-one; the five are held until they rate again.
    await rate(org, people[5]!, statement, 1, day(-2));
    await rate(org, people[6]!, statement, 2, day(-2));
    await takeSnapshots(org, day(-1));
    const later = await manager.readTeam(org.members.manager, team, statement.id, day(-1));
    expect(later.distributions.get(statement.id)).toEqual({ shown: false, reason: "notYet" });
  });
});

describe("attack 3: overlapping groups", () => {
  it("does not publish a team that differs from another group by one person", async () => {
    const { org, people, team, statement } = await arrange(4, "Over");
    const [target, x, y, z] = people as [string, string, string, string];
    await rateEach(
      org,
      statement,
      [
        [target, 1],
        [x, 2],
        [y, 3],
        [z, 4],
      ],
      day(-12),
    );
    await takeSnapshots(org, day(-10));
    // HR makes team B = the same people without the target, through the app's own use cases, and
    // makes itself B's manager.
    const b = await as(org.members.admin, ({ tx, ctx }) => createTeam({ tx, ctx, name: "Over-B" }));
    for (const person of [x, y, z]) {
      await as(org.members.admin, ({ tx, ctx }) =>
        addTeamMember({ tx, ctx, teamId: b.teamId, membershipId: person }),
      );
    }
    await as(org.members.admin, ({ tx, ctx }) =>
      addTeamMember({
        tx,
        ctx,
        teamId: b.teamId,
        membershipId: org.members.admin.membershipId,
        isManager: true,
      }),
    );
    // New teams wait a week; then every night for a week more.
    for (let night = 1; night <= 14; night += 1) await takeSnapshots(org, day(night));
    const hr = new Onlooker(org);
    const { exported } = await hr.readAsHr(statement.id, day(14));
    const bFigures = exported.teams.find((t) => t.id === b.teamId)!.byStatement.get(statement.id);
    expect(bFigures).toEqual({ shown: false, reason: "notYet" });
    const asManager = await hr.readTeam(org.members.admin, b.teamId, statement.id, day(14));
    expect(asManager.team.viewerManages).toBe(true);
    expect(asManager.distributions.get(statement.id)).toEqual({ shown: false, reason: "notYet" });
    const a = exported.teams.find((t) => t.id === team)!.byStatement.get(statement.id);
    expect(a).toMatchObject({ shown: true, counts: [1, 1, 1, 1] });

    const targetUnknown = await unknownAt(org, target, statement.id, day(30));
    expect(hr.levelsOf(targetUnknown)).toEqual(ALL);
    const live = new Onlooker(org);
    live.observations.push(await liveFigure(org, people, statement.id));
    live.observations.push(await liveFigure(org, [x, y, z], statement.id));
    expect(live.levelsOf(targetUnknown)).toEqual(new Set([1]));
  });

  it("does not let the organization's figure minus its teams' single anyone out", async () => {
    const org = await buildInsightOrganization();
    const [target, ...rest] = await addPeople(org, 7, "Sum");
    const p = rest.slice(0, 3);
    const q = rest.slice(3, 6);
    const teamP = await addTeam(org, p, org.members.manager, "Sum-P", day(-60));
    const teamQ = await addTeam(org, q, undefined, "Sum-Q", day(-60));
    await assignToTeams(org, [teamP, teamQ]);
    const statement = org.statements[0]!;
    // The target is in no team.
    await rate(org, target!, statement, 1, day(-5));
    for (const [index, person] of rest.entries())
      await rate(org, person, statement, (index % 3) + 2, day(-5));
    await takeSnapshots(org, day(-3));
    const hr = new Onlooker(org);
    await hr.readAsHr(statement.id, day(-3));
    const targetUnknown = await unknownAt(org, target!, statement.id, day(30));
    expect(hr.observations.length).toBeGreaterThan(0);
    expect(hr.levelsOf(targetUnknown).size).toBeGreaterThanOrEqual(2);
    const live = new Onlooker(org);
    live.observations.push(await liveFigure(org, [target!, ...rest], statement.id));
    live.observations.push(await liveFigure(org, p, statement.id));
    live.observations.push(await liveFigure(org, q, statement.id));
    expect(live.levelsOf(targetUnknown)).toEqual(new Set([1]));
  });

  it("does not publish a team again after one person left it", async () => {
    const { org, people, team, statement } = await arrange(5, "Left");
    const [target, ...others] = people as [string, string, string, string, string];
    await rateEach(
      org,
      statement,
      [
        [target, 1],
        [others[0], 2],
        [others[1], 3],
        [others[2], 4],
        [others[3], 2],
      ],
      day(-12),
    );
    // Someone outside the team rated too, so the organization's figure is not the team's.
    const [outsider1, outsider2, outsider3] = await addPeople(org, 3, "Ute");
    await rate(org, outsider1!, statement, 1, day(-12));
    await rate(org, outsider2!, statement, 3, day(-12));
    await rate(org, outsider3!, statement, 4, day(-12));
    await takeSnapshots(org, day(-10));
    const manager = new Onlooker(org);
    await manager.readTeam(org.members.manager, team, statement.id, day(-10));
    await as(org.members.admin, ({ tx, ctx }) =>
      removeTeamMember({ tx, ctx, teamId: team, membershipId: target }),
    );
    for (let night = 1; night <= 10; night += 1) await takeSnapshots(org, day(night));
    const after = await manager.readTeam(org.members.manager, team, statement.id, day(10));
    expect(after.distributions.get(statement.id)).toMatchObject({ shown: true, counts: [1, 2, 1, 1] });
    const targetUnknown = await unknownAt(org, target, statement.id, day(30));
    expect(manager.levelsOf(targetUnknown)).toEqual(ALL);
    const live = new Onlooker(org);
    live.observations.push(await liveFigure(org, people, statement.id));
    live.observations.push(await liveFigure(org, others, statement.id));
    expect(live.levelsOf(targetUnknown)).toEqual(new Set([1]));
  });

  it("does not publish a team again after one of its learners became its manager (a role change)", async () => {
    const { org, people, team, statement } = await arrange(5, "Rolle");
    const [target, ...others] = people as [string, string, string, string, string];
    await rateEach(
      org,
      statement,
      [
        [target, 4],
        [others[0], 1],
        [others[1], 2],
        [others[2], 3],
        [others[3], 1],
      ],
      day(-12),
    );
    const [outsider1, outsider2, outsider3] = await addPeople(org, 3, "Ute");
    await rateEach(
      org,
      statement,
      [
        [outsider1!, 2],
        [outsider2!, 4],
        [outsider3!, 3],
      ],
      day(-12),
    );
    await takeSnapshots(org, day(-10));
    const hr = new Onlooker(org);
    await hr.readAsHr(statement.id, day(-10));
    // HR promotes the target and makes them the team's manager: they leave the team's learners.
    await as(org.members.admin, ({ tx, ctx }) =>
      changeMemberRole({ tx, ctx, membershipId: target, role: "manager" }),
    );
    await as(org.members.admin, ({ tx, ctx }) =>
      setTeamManager({ tx, ctx, teamId: team, membershipId: target, isManager: true }),
    );
    const settling = await as(org.members.admin, ({ tx, ctx }) =>
      getTeamDashboard({ tx, ctx, teamId: team, now: day(1) }),
    );
    expect(settling.settling).toBe(true);
    for (let night = 1; night <= 10; night += 1) await takeSnapshots(org, day(night));
    await hr.readAsHr(statement.id, day(10));
    const view = await hr.readTeam(org.members.admin, team, statement.id, day(10));
    expect(view.settling).toBe(false);
    expect(view.distributions.get(statement.id)).toMatchObject({ shown: true, counts: [2, 1, 1, 1] });
    const targetUnknown = await unknownAt(org, target, statement.id, day(30));
    expect(hr.levelsOf(targetUnknown)).toEqual(ALL);
    const live = new Onlooker(org);
    live.observations.push(await liveFigure(org, people, statement.id));
    live.observations.push(await liveFigure(org, others, statement.id));
    expect(live.levelsOf(targetUnknown)).toEqual(new Set([4]));
  });

  it("drops a deleted team's figures with it", async () => {
    const { org, team, statement, people } = await arrange(3, "Slett");
    for (const [index, person] of people.entries()) await rate(org, person, statement, index + 1, day(-5));
    await takeSnapshots(org, day(-3));
    expect(
      await asOwner(org, (tx) => tx.ratingSnapshot.count({ where: { groupKey: team } })),
    ).toBeGreaterThan(0);
    await as(org.members.admin, ({ tx, ctx }) => deleteTeam({ tx, ctx, teamId: team }));
    expect(await asOwner(org, (tx) => tx.ratingSnapshot.count({ where: { groupKey: team } }))).toBe(0);
  });
});

describe("settings, sharing and reads over time", () => {
  it("changes no figure when k or the refresh interval change, and hides figures at once when k rises", async () => {
    const { org, people, team, statement } = await arrange(4, "Innst");
    for (const [index, person] of people.entries())
      await rate(org, person, statement, (index % 3) + 1, day(-40));
    await takeSnapshots(org, day(-3));
    const read = (now: Date) =>
      as(org.members.manager, ({ tx, ctx }) => getTeamDashboard({ tx, ctx, teamId: team, now }));
    const figures = () => asOwner(org, (tx) => tx.ratingSnapshot.count());
    const before = await read(day(-2));
    const count = await figures();
    expect(before.distributions.get(statement.id)).toMatchObject({ shown: true, total: 4 });
    const settings = (minimumGroupSize: number, ratingRefreshDays: number) =>
      as(org.members.owner, ({ tx, ctx }) =>
        updateInsightSettings({ tx, ctx, input: { minimumGroupSize, ratingRefreshDays } }),
      );
    // The ratings are 40 days old: stale at a 30-day interval, fresh at 60. Figures do not care.
    await settings(3, 60);
    expect((await read(day(-2))).distributions).toEqual(before.distributions);
    await settings(5, 60);
    expect((await read(day(-2))).distributions.get(statement.id)).toEqual({ shown: false, reason: "notYet" });
    await takeSnapshots(org, day(-1));
    await settings(3, 30);
    await takeSnapshots(org, day(0));
    expect((await read(day(0))).distributions).toEqual(before.distributions);
    expect(await figures()).toBe(count);
  });

  it("leaves people who share their ratings out of every figure, so their manager cannot subtract them", async () => {
    const { org, people, team, statement } = await arrange(3, "Del");
    const [sharer, x, y] = people as [string, string, string];
    const sharerMember = await asOwner(org, (tx) =>
      tx.membership.findUniqueOrThrow({
        where: { organizationId_id: { organizationId: org.id, id: sharer } },
        select: { userId: true },
      }),
    );
    const sharerCtx = { ...org.members.employee.ctx, userId: sharerMember.userId, membershipId: sharer };
    await as({ ...org.members.employee, ctx: sharerCtx }, ({ tx, ctx }) =>
      setShareRatings({ tx, ctx, input: { share: true } }),
    );
    await rate(org, sharer, statement, 1, new Date());
    await rate(org, x, statement, 2, day(-5));
    await rate(org, y, statement, 2, day(-5));
    await takeSnapshots(org, day(1));
    const manager = new Onlooker(org);
    const view = await manager.readTeam(org.members.manager, team, statement.id, day(1));
    expect(view.sharedRatings.map((p) => p.membershipId)).toEqual([sharer]);
    expect(view.distributions.get(statement.id)).toEqual({ shown: false, reason: "notYet" });
    const xUnknown = await unknownAt(org, x, statement.id, day(30));
    expect(manager.levelsOf(xUnknown)).toEqual(ALL);
    const live = new Onlooker(org);
    live.known.set(...[...manager.known][0]!);
    live.observations.push(await liveFigure(org, people, statement.id));
    expect(live.levelsOf(xUnknown)).toEqual(new Set([2]));
  });
});
