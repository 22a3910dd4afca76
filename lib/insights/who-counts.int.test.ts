// One definition of who counts (ADR 024, issue 18 item 5), held against every page and export that
// counts people: a team's learners on the team dashboard, the insights team list, the teams page,
// organization insights and the team's CSV; a program's assignees on organization insights, HR's
// home, the programs page and the organization's CSV. The organization below has the cases that
// made them disagree: a team's manager, a manager of one team who is a learner in another, someone
// in two teams, someone deactivated, someone in no team.
import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { getT } from "@/lib/i18n/server";
import { addTestMember, buildOrganization, type TestMember } from "@/lib/orgs/testing/build-organization";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { assignedPeople } from "@/lib/programs/assigned-people";
import { listPrograms } from "@/lib/programs/list-programs";
import { assignProgram } from "@/lib/programs/assign-program";
import { as, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { listTeams } from "@/lib/teams/list-teams";
import { setupTestDatabase } from "@/tests/db";
import { completionExportPage } from "./completion-export";
import { completionChunks } from "./export-csv";
import { getHrHome } from "./hr-home";
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
  type InsightOrganization,
} from "./testing/insight-fixtures";

const database = setupTestDatabase();
const NOW = new Date();
const DAY = 24 * 60 * 60 * 1000;
const DUE = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate() - 2));
const t = getT("en", "insights");

let org: InsightOrganization;
let teamA: string;
let teamB: string;
let teamEmpty: string;
let managerB: TestMember;
/** Who the definition says counts, worked out by hand from the arrangement. */
let learnersA: Set<string>;
let learnersB: Set<string>;
let assignees: Set<string>;

const run = <T>(
  ctx: WorkspaceContext,
  work: (tx: Parameters<Parameters<typeof withTenant>[1]>[0]) => Promise<T>,
) => withTenant(ctx, work);

async function readFile(next: () => Promise<string | null>) {
  let text = "";
  for (let chunk = await next(); chunk !== null; chunk = await next()) text += chunk;
  return text.split("\r\n").filter(Boolean);
}

async function exportedEmails(ctx: WorkspaceContext, teamId?: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof completionExportPage>> = await run(ctx, (tx) =>
      completionExportPage({ tx, ctx, after, now: NOW, limit: 3, teamId }),
    );
    ids.push(...page.rows.map((row) => row.email));
    after = page.next;
  } while (after !== null);
  return ids;
}

beforeAll(async () => {
  await seedTestLibrary(database.owner);
  org = await buildInsightOrganization();
  const a = await addPeople(org, 4, "Alfa");
  const b = await addPeople(org, 2, "Beta");
  const [both] = await addPeople(org, 1, "Begge");
  const [gone] = await addPeople(org, 1, "Borte");
  // In no team: reached only by name (ADR 023), which makes them an assignee but no team's learner.
  const [outside] = await addPeople(org, 1, "Utenfor");
  managerB = await addTestMember(org, "manager");
  teamA = await addTeam(org, [...a, both!, gone!, managerB.membershipId], org.members.manager, "Alfa");
  teamB = await addTeam(org, [...b, both!], managerB, "Beta");
  teamEmpty = await addTeam(org, [], undefined, "Tom");
  await asOwner(org, (tx) =>
    tx.membership.update({
      where: { organizationId_id: { organizationId: org.id, id: gone! } },
      data: { status: "deactivated" },
    }),
  );
  await assignToTeams(org, [teamA, teamB], DUE);
  // By name too: the outsider, and a learner of A who is then reached twice and counts once.
  await as(org.members.admin, ({ tx, ctx }) =>
    assignProgram({
      tx,
      ctx,
      input: {
        programId: org.programId,
        audience: "people",
        teamIds: [],
        membershipIds: [outside!, a[0]!],
        dueDate: DUE,
      },
    }),
  );
  // Progress: one of A complete, one of A started, one of B started; the rest not started (overdue).
  await completeProgram(org, a[0]!, new Date(NOW.getTime() - 3 * DAY));
  await rate(org, a[1]!, org.statements[0]!, 2, new Date(NOW.getTime() - 3 * DAY));
  await rate(org, b[0]!, org.statements[0]!, 3, new Date(NOW.getTime() - 3 * DAY));
  // Help: two of A and one of B on statement 1, one of A on statement 2; one of them handled.
  await askForHelp(org, a[1]!, org.statements[0]!);
  await askForHelp(org, a[2]!, org.statements[0]!);
  await askForHelp(org, b[1]!, org.statements[0]!);
  const handled = await askForHelp(org, a[3]!, org.statements[1]!);
  await asOwner(org, (tx) =>
    tx.helpRequest.update({
      where: { organizationId_id: { organizationId: org.id, id: handled.id } },
      data: { handledAt: new Date(NOW.getTime() - DAY) },
    }),
  );

  learnersA = new Set([...a, both!, managerB.membershipId]);
  learnersB = new Set([...b, both!]);
  // The program reaches every active member of an assigned team, its managers too.
  assignees = new Set([
    ...learnersA,
    ...learnersB,
    org.members.manager.membershipId,
    managerB.membershipId,
    outside!,
  ]);
});

describe("a team's learners", () => {
  it("are the same people on the dashboard, the team lists, organization insights and the team's CSV", async () => {
    const hr = org.members.admin.ctx;
    const emails = new Map(
      (
        await asOwner(org, (tx) =>
          tx.membership.findMany({
            where: { organizationId: org.id },
            select: { id: true, user: { select: { email: true } } },
          }),
        )
      ).map((row) => [row.user.email, row.id]),
    );
    for (const [teamId, learners] of [
      [teamA, learnersA],
      [teamB, learnersB],
    ] as const) {
      const dashboard = await run(hr, (tx) => getTeamDashboard({ tx, ctx: hr, teamId, now: NOW }));
      expect(dashboard.memberCount).toBe(learners.size);
      expect(dashboard.summary.learners).toBe(learners.size);
      expect(new Set(dashboard.rows.map((row) => row.membershipId))).toEqual(learners);

      const insightTeams = await run(hr, (tx) => listInsightTeams({ tx, ctx: hr }));
      expect(insightTeams.find((team) => team.id === teamId)!.memberCount).toBe(learners.size);

      const teams = await run(hr, (tx) => listTeams({ tx, ctx: hr }));
      const listed = teams.find((team) => team.id === teamId)!;
      expect(listed.learnerCount).toBe(learners.size);
      // Members are the learners and the one manager of each team.
      expect(listed.memberCount).toBe(learners.size + 1);

      const overview = await run(hr, (tx) => getOrganizationOverview({ tx, ctx: hr, now: NOW }));
      const row = overview.programs[0]!.byTeam.find((team) => team.teamId === teamId)!;
      expect(row.assigned).toBe(learners.size);
      expect(row.completed).toBe(dashboard.summary.completed);
      expect(row.started).toBe(dashboard.rows.filter((r) => r.started).length);

      const exported = await exportedEmails(hr, teamId);
      expect(new Set(exported.map((email) => emails.get(email)))).toEqual(learners);
      expect(exported).toHaveLength(learners.size);
    }
    const empty = await run(hr, (tx) => getTeamDashboard({ tx, ctx: hr, teamId: teamEmpty, now: NOW }));
    expect(empty.memberCount).toBe(0);
    expect(
      (await run(hr, (tx) => listTeams({ tx, ctx: hr }))).find((team) => team.id === teamEmpty),
    ).toMatchObject({
      memberCount: 0,
      learnerCount: 0,
    });
  });

  it("give the dashboard's key numbers, which equal the rows and requests below them", async () => {
    const ctx = org.members.manager.ctx;
    const view = await run(ctx, (tx) => getTeamDashboard({ tx, ctx, teamId: teamA, now: NOW }));
    // 6 learners: one complete, one started, four not started, all but the complete one overdue
    // (and so counted as overdue, not as not started).
    expect(view.summary).toEqual({
      learners: 6,
      withPrograms: 6,
      completed: 1,
      overdue: 5,
      notStarted: 0,
      openHelpRequests: 2,
    });
    expect(view.attention.filter((item) => item.kind === "overdue")).toHaveLength(view.summary.overdue);
    expect(view.rows.filter((row) => row.overdue)).toHaveLength(view.summary.overdue);
    expect(view.helpRequests.filter((request) => request.handledAt === null)).toHaveLength(2);
    // By statement: two people want help with statement 1; statement 2's request is handled.
    expect(
      view.helpGroups.map((group) => [group.statementId, group.open.length, group.handled.length]),
    ).toEqual([
      [org.statements[0]!.id, 2, 0],
      [org.statements[1]!.id, 0, 1],
    ]);
    expect(view.resources.get(org.statements[0]!.id)!.map((resource) => resource.id)).toEqual(
      org.statements[0]!.resources.map((resource) => resource.id),
    );
  });
});

describe("a program's assignees", () => {
  it("are the same people on organization insights, HR's home, the programs page and the organization's CSV", async () => {
    const hr = org.members.admin.ctx;
    const overview = await run(hr, (tx) => getOrganizationOverview({ tx, ctx: hr, now: NOW }));
    const total = overview.programs[0]!.total;
    expect(total.assigned).toBe(assignees.size);
    // Manager A and the person assigned by name are the assignees who are no team's learner
    // (manager B learns in A).
    expect(total.outsideTeams).toBe(2);
    // Teams add up to the total once the person in two teams counts once and the outsiders are added.
    const teamsSum = overview.programs[0]!.byTeam.reduce((sum, team) => sum + team.assigned, 0);
    expect(teamsSum - 1 + total.outsideTeams).toBe(total.assigned);

    const home = await run(hr, (tx) => getHrHome({ tx, ctx: hr, now: NOW }));
    expect(home.programs[0]!.total).toEqual(total);
    expect(home.overdueCount).toBe(overview.overdueCount);
    expect(home.openHelpRequests).toBe(3);
    expect(home.helpGroups[0]).toMatchObject({ statementId: org.statements[0]!.id });
    expect(home.helpGroups[0]!.open).toHaveLength(3);

    const fromProgramsPage = await run(hr, (tx) =>
      assignedPeople({ tx, orgId: org.id, programId: org.programId }),
    );
    expect(fromProgramsPage).toEqual(assignees);
    const programs = await run(hr, (tx) => listPrograms({ tx, ctx: hr }));
    expect(programs.find((program) => program.id === org.programId)!.assignedPeople).toBe(assignees.size);

    expect(await exportedEmails(hr)).toHaveLength(assignees.size);
  });

  it("are listed in the organization's CSV with where they manage, so a manager is never read as a learner", async () => {
    const hr = org.members.admin.ctx;
    const lines = await readFile(completionChunks({ ctx: hr, lang: "en", t, now: NOW }));
    const managerA = lines.find((line) => line.includes(org.members.manager.email))!;
    expect(managerA).toContain(",Alfa (manager),");
    const bothTeams = lines.find((line) => line.includes(managerB.email))!;
    expect(bothTeams).toContain(',"Alfa; Beta (manager)",');
  });
});

describe("the team's completion CSV", () => {
  it("is refused to a manager of another team, an employee and another organization", async () => {
    const other = await buildOrganization();
    const attempt = (ctx: WorkspaceContext) =>
      run(ctx, (tx) => completionExportPage({ tx, ctx, after: null, now: NOW, teamId: teamA }));
    await expect(attempt(managerB.ctx)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt(org.members.employee.ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(attempt(other.members.admin.ctx)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt(other.members.owner.ctx)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Its own managers and HR may.
    expect((await attempt(org.members.manager.ctx)).rows).toHaveLength(learnersA.size);
    expect((await attempt(org.members.owner.ctx)).rows).toHaveLength(learnersA.size);
    // The organization's file stays HR's.
    await expect(
      run(managerB.ctx, (tx) => completionExportPage({ tx, ctx: managerB.ctx, after: null, now: NOW })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
