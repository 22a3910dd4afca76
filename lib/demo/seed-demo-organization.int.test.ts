import { describe, expect, it } from "vitest";
import { seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { setupTestDatabase } from "@/tests/db";
import { demoOrganization, demoPeople, seedDemoOrganization } from "./seed-demo-organization";

const database = setupTestDatabase();

describe("demo organization", () => {
  it("is created once, with people, teams, an assigned program and three months of learning", async () => {
    await seedTestLibrary(database.owner);
    const now = new Date("2026-11-22T12:00:00Z");
    expect(await seedDemoOrganization({ now })).toEqual({ created: true });
    expect(await seedDemoOrganization({ now })).toEqual({ created: false });

    // Without the organization's setting, row-level security hides it even from the owner role.
    const hidden = await database.owner.$queryRaw<
      { id: string }[]
    >`select id from "Organization" where slug = ${demoOrganization.slug}`;
    expect(hidden).toHaveLength(0);

    const kari = demoPeople.find((person) => person.email === "kari@nordlys.example")!;
    const seen = await database.owner.$transaction(async (tx) => {
      const users = await tx.user.findMany({
        where: { email: { endsWith: "@nordlys.example" } },
        select: { id: true, email: true },
      });
      const ownerId = users.find((user) => user.email === "eier@nordlys.example")!.id;
      await tx.$executeRaw`select set_config('app.user_id', ${ownerId}, true)`;
      const own = await tx.membership.findFirstOrThrow({
        where: { userId: ownerId },
        select: { organizationId: true },
      });
      await tx.$executeRaw`select set_config('app.org_id', ${own.organizationId}, true)`;
      const ratings = await tx.rating.findMany({ select: { createdAt: true, level: true } });
      const privateRows = async () => ({
        reflections: await tx.reflection.count(),
        attempts: await tx.challengeAttempt.count(),
      });
      const asOwner = await privateRows();
      // Private rows are visible only to their author: count them as Kari.
      const kariId = users.find((user) => user.email === kari.email)!.id;
      await tx.$executeRaw`select set_config('app.user_id', ${kariId}, true)`;
      const asKari = await privateRows();
      return {
        users: users.length,
        memberships: await tx.membership.groupBy({ by: ["role"], _count: true, orderBy: { role: "asc" } }),
        teams: await tx.team.findMany({
          select: { name: true, members: { select: { isManager: true } } },
          orderBy: { name: "asc" },
        }),
        programs: await tx.program.findMany({
          select: { status: true, assignments: { select: { dueDate: true } } },
        }),
        ratings,
        currentRatings: await tx.currentRating.count(),
        openHelpRequests: await tx.helpRequest.count({ where: { handledAt: null } }),
        completions: await tx.resourceCompletion.count(),
        goals: await tx.challengeGoal.count(),
        figures: await tx.ratingSnapshot.findMany({
          where: { heldBack: false },
          select: { groupKey: true, statementId: true, takenAt: true, raterCount: true },
        }),
        asOwner,
        asKari,
      };
    });
    expect(seen.users).toBe(demoPeople.length);
    expect(seen.memberships.map((row) => [row.role, row._count])).toEqual([
      ["owner", 1],
      ["admin", 1],
      ["manager", 3],
      ["employee", 27],
    ]);
    expect(
      seen.teams.map((team) => [
        team.name,
        team.members.length,
        team.members.filter((m) => m.isManager).length,
      ]),
    ).toEqual([
      ["Kundeservice", 10, 1],
      ["Salg", 10, 1],
      ["Utvikling", 10, 1],
    ]);
    expect(seen.programs).toHaveLength(1);
    expect(seen.programs[0]!.status).toBe("published");
    expect(seen.programs[0]!.assignments).toHaveLength(3);
    expect(seen.programs[0]!.assignments.every((a) => a.dueDate !== null)).toBe(true);

    // Three months of history: ratings from about 90 days ago up to the last fortnight, growing.
    const ages = seen.ratings.map((rating) => (now.getTime() - rating.createdAt.getTime()) / 86_400_000);
    expect(Math.max(...ages)).toBeGreaterThan(75);
    expect(Math.min(...ages)).toBeLessThan(14);
    const meanLevel = (from: number, to: number) => {
      const inRange = seen.ratings.filter((_, i) => ages[i]! >= from && ages[i]! < to);
      return inRange.reduce((sum, rating) => sum + rating.level, 0) / inRange.length;
    };
    expect(meanLevel(0, 20)).toBeGreaterThan(meanLevel(70, 100));
    expect(seen.currentRatings).toBeGreaterThan(100);
    expect(seen.openHelpRequests).toBeGreaterThan(0);
    expect(seen.completions).toBeGreaterThan(100);
    expect(seen.goals).toBeGreaterThan(0);
    // The nightly figures of those months (ADR 014): each team (nine learners) and the whole
    // organization have figures for most of the eight statements, and more than one over time.
    const groups = new Set(seen.figures.map((figure) => figure.groupKey));
    expect(groups.size).toBe(4);
    for (const group of groups) {
      const figures = seen.figures.filter((figure) => figure.groupKey === group);
      expect(new Set(figures.map((figure) => figure.statementId)).size).toBeGreaterThanOrEqual(6);
      expect(new Set(figures.map((figure) => figure.takenAt.getTime())).size).toBeGreaterThan(1);
      expect(Math.min(...figures.map((figure) => figure.raterCount))).toBeGreaterThanOrEqual(3);
    }
    // The owner sees none of anyone's reflections or challenge log; Kari sees her own.
    expect(seen.asOwner).toEqual({ reflections: 0, attempts: 0 });
    expect(seen.asKari.attempts).toBeGreaterThan(0);
    // About a thousand use-case calls, one person's at a time: slower than a unit of work in a test.
  }, 120_000);
});
