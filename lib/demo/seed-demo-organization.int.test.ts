import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/db";
import { demoOrganization, demoPeople, seedDemoOrganization } from "./seed-demo-organization";

const database = setupTestDatabase();

describe("demo organization", () => {
  it("is created once, with every person, role and team, through the app's own use cases", async () => {
    expect(await seedDemoOrganization()).toEqual({ created: true });
    expect(await seedDemoOrganization()).toEqual({ created: false });

    // Without the organization's setting, row-level security hides it even from the owner role.
    const hidden = await database.owner.$queryRaw<{ id: string }[]>`select id from "Organization" where slug = ${demoOrganization.slug}`;
    expect(hidden).toHaveLength(0);

    const counts = await database.owner.$transaction(async (tx) => {
      const users = await tx.user.findMany({ where: { email: { endsWith: "@nordlys.example" } }, select: { id: true } });
      const ownerId = users[0]?.id ?? "";
      await tx.$executeRaw`select set_config('app.user_id', ${ownerId}, true)`;
      const own = await tx.membership.findFirstOrThrow({ where: { userId: ownerId }, select: { organizationId: true } });
      await tx.$executeRaw`select set_config('app.org_id', ${own.organizationId}, true)`;
      return {
        users: users.length,
        memberships: await tx.membership.groupBy({ by: ["role"], _count: true, orderBy: { role: "asc" } }),
        teams: await tx.team.findMany({ select: { name: true, members: { select: { isManager: true } } }, orderBy: { name: "asc" } }),
      };
    });
    expect(counts.users).toBe(demoPeople.length);
    expect(counts.memberships.map((row) => [row.role, row._count])).toEqual([
      ["owner", 1],
      ["admin", 1],
      ["manager", 1],
      ["employee", 4],
    ]);
    expect(counts.teams.map((team) => [team.name, team.members.length, team.members.filter((m) => m.isManager).length])).toEqual([
      ["Kundeservice", 2, 0],
      ["Salg", 4, 1],
    ]);
  });
});
