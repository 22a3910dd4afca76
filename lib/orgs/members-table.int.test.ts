// The members table at scale and its bulk actions, against Postgres as the app role: search,
// filters, sort and paging over 5,000 people in a constant number of queries, and bulk changes that
// are all or nothing, keep the owner rules and refuse anything of another organization.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import type { Role } from "@/lib/permissions/roles";
import { setupTestDatabase } from "@/tests/db";
import { bulkUpdateMembers } from "./bulk-update-members";
import { listMembers, MEMBERS_PAGE_SIZE, memberPageQuery } from "./list-members";
import type { BulkMembersInput } from "./member-input";
import {
  addTestMember,
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "./testing/build-organization";

setupTestDatabase();

const as = <T>(actor: TestMember, work: (tx: TenantTx) => Promise<T>) => withTenant(actor.ctx, work);
const bulk = (actor: TestMember, input: BulkMembersInput) =>
  as(actor, (tx) => bulkUpdateMembers({ tx, ctx: actor.ctx, input, lang: "en" }));

const stateOf = (org: TestOrganization, ids: string[]) =>
  as(org.members.owner, (tx) =>
    tx.membership.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      select: { id: true, role: true, status: true },
    }),
  );
const auditCount = (org: TestOrganization) => as(org.members.owner, (tx) => tx.auditEntry.count());

describe("bulkUpdateMembers", () => {
  let org: TestOrganization;
  let other: TestOrganization;
  let people: TestMember[];
  let teamId: string;

  beforeAll(async () => {
    org = await buildOrganization();
    other = await buildOrganization();
    people = [];
    for (let index = 0; index < 3; index += 1) people.push(await addTestMember(org, "employee"));
    teamId = await as(org.members.owner, async (tx) => {
      const team = await tx.team.create({
        data: { organizationId: org.id, name: "Support" },
        select: { id: true },
      });
      return team.id;
    });
  });

  it("changes every selected role in one go, audits each, and a double submit changes nothing more", async () => {
    const ids = people.map((person) => person.membershipId);
    const before = await auditCount(org);
    const first = await bulk(org.members.admin, {
      operation: "changeRole",
      membershipIds: ids,
      role: "manager",
    });
    expect(first).toEqual({ operation: "changeRole", selected: 3, changed: 3 });
    expect((await stateOf(org, ids)).map((row) => row.role)).toEqual(["manager", "manager", "manager"]);
    expect(await auditCount(org)).toBe(before + 3);
    // The same form twice at once: they take turns, the second finds nothing left to do.
    const [again, twice] = await Promise.all([
      bulk(org.members.admin, { operation: "changeRole", membershipIds: ids, role: "employee" }),
      bulk(org.members.admin, { operation: "changeRole", membershipIds: ids, role: "employee" }),
    ]);
    expect([again.changed, twice.changed].sort()).toEqual([0, 3]);
    expect(await auditCount(org)).toBe(before + 6);
  });

  it("adds the selected people to a team once, however often it is submitted", async () => {
    const ids = people.map((person) => person.membershipId);
    expect(
      (await bulk(org.members.admin, { operation: "addToTeam", membershipIds: ids, teamId })).changed,
    ).toBe(3);
    expect(
      (await bulk(org.members.admin, { operation: "addToTeam", membershipIds: ids, teamId })).changed,
    ).toBe(0);
    const inTeam = await as(org.members.owner, (tx) => tx.teamMember.count({ where: { teamId } }));
    expect(inTeam).toBe(3);
  });

  it("refuses the whole batch when one id is another organization's, and writes nothing", async () => {
    const ids = [people[0]!.membershipId, other.members.employee.membershipId];
    const before = await stateOf(org, [people[0]!.membershipId]);
    await expect(
      bulk(org.members.admin, { operation: "deactivate", membershipIds: ids }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await stateOf(org, [people[0]!.membershipId])).toEqual(before);
    const theirs = await as(other.members.owner, (tx) =>
      tx.membership.findUniqueOrThrow({
        where: { organizationId_id: { organizationId: other.id, id: other.members.employee.membershipId } },
        select: { status: true },
      }),
    );
    expect(theirs.status).toBe("active");
  });

  it("refuses another organization's team", async () => {
    const theirTeam = await as(
      other.members.owner,
      async (tx) =>
        (await tx.team.create({ data: { organizationId: other.id, name: "Theirs" }, select: { id: true } }))
          .id,
    );
    await expect(
      bulk(org.members.admin, {
        operation: "addToTeam",
        membershipIds: [people[0]!.membershipId],
        teamId: theirTeam,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the owner rules of a single change: HR cannot deactivate an owner, and nothing else changes", async () => {
    const ids = [people[1]!.membershipId, org.members.owner.membershipId];
    const before = await auditCount(org);
    const refusal = bulk(org.members.admin, { operation: "deactivate", membershipIds: ids });
    await expect(refusal).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "members.bulk.errors.refused",
    });
    await expect(refusal).rejects.toMatchObject({ messageValues: { name: org.members.owner.name } });
    expect((await stateOf(org, ids)).map((row) => row.status)).toEqual(["active", "active"]);
    expect(await auditCount(org)).toBe(before);
  });

  it("keeps the last active owner, and nobody changes themselves in a batch", async () => {
    const secondOwner = await addTestMember(org, "owner");
    // Oneself is never in a batch (the last owner could otherwise demote themselves); an owner may
    // deactivate another owner, HR may not touch one.
    await expect(
      bulk(secondOwner, {
        operation: "changeRole",
        membershipIds: [secondOwner.membershipId],
        role: "admin",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "members.bulk.errors.self" });
    await bulk(secondOwner, { operation: "deactivate", membershipIds: [org.members.owner.membershipId] });
    await expect(
      bulk(org.members.admin, {
        operation: "changeRole",
        membershipIds: [secondOwner.membershipId],
        role: "employee",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await bulk(secondOwner, { operation: "reactivate", membershipIds: [org.members.owner.membershipId] });
  });

  it.each<Role>(["manager", "employee"])("is for HR only: a %s is refused", async (role) => {
    await expect(
      bulk(org.members[role], { operation: "deactivate", membershipIds: [people[2]!.membershipId] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listMembers with 5,000 people", () => {
  const SIZE = 5000;
  let org: TestOrganization;
  let teamId: string;

  beforeAll(async () => {
    org = await buildOrganization();
    await buildOrganization();
    const users = Array.from({ length: SIZE }, (_, index) => ({
      email: `p${String(index).padStart(4, "0")}-${org.slug}@example.test`,
      // Every 10th is a "Berg"; the rest are numbered.
      name: index % 10 === 0 ? `Kari Berg ${index}` : `Person ${String(index).padStart(4, "0")}`,
    }));
    await db.user.createMany({ data: users });
    const created = await db.user.findMany({
      where: { email: { endsWith: `-${org.slug}@example.test` } },
      select: { id: true, email: true },
    });
    const byEmail = new Map(created.map((user) => [user.email, user.id]));
    await as(org.members.owner, async (tx) => {
      await tx.membership.createMany({
        data: users.map((user, index) => ({
          organizationId: org.id,
          userId: byEmail.get(user.email)!,
          // Every 5th a manager, every 50th deactivated.
          role: index % 5 === 0 ? ("manager" as const) : ("employee" as const),
          status: index % 50 === 0 ? ("deactivated" as const) : ("active" as const),
          lastActivityAt: index % 3 === 0 ? null : new Date(Date.UTC(2026, 0, 1) + index * 60_000),
        })),
      });
      const team = await tx.team.create({
        data: { organizationId: org.id, name: "Sales" },
        select: { id: true },
      });
      teamId = team.id;
      const members = await tx.membership.findMany({
        where: { organizationId: org.id, user: { email: { startsWith: "p0" } } },
        select: { id: true },
      });
      // p0000 … p0999: a thousand people in Sales.
      await tx.teamMember.createMany({
        data: members.map((member) => ({ organizationId: org.id, teamId: team.id, membershipId: member.id })),
      });
      await tx.$executeRawUnsafe(`analyze "Membership"`);
      await tx.$executeRawUnsafe(`analyze "TeamMember"`);
    });
  }, 120_000);

  const list = (filters: Omit<Parameters<typeof listMembers>[0], "tx" | "ctx">) =>
    as(org.members.admin, (tx) => listMembers({ tx, ctx: org.members.admin.ctx, ...filters }));

  it("pages through everyone exactly once, active people first", async () => {
    const first = await list({});
    expect(first.total).toBe(SIZE + 4);
    expect(first.pageCount).toBe(Math.ceil((SIZE + 4) / MEMBERS_PAGE_SIZE));
    const seen = new Set<string>();
    let statuses: string[] = [];
    for (let page = 1; page <= first.pageCount; page += 1) {
      const rows = (await list({ page })).members;
      for (const row of rows) seen.add(row.membershipId);
      statuses = [...statuses, ...rows.map((row) => row.status)];
    }
    expect(seen.size).toBe(SIZE + 4);
    expect(statuses.indexOf("deactivated")).toBe(SIZE + 4 - SIZE / 50);
  });

  it("searches, filters by role, team and status, and combines them", async () => {
    expect((await list({ search: "berg" })).total).toBe(SIZE / 10);
    expect((await list({ search: "P0001-" })).total).toBe(1);
    // % is a letter to the person typing it, not a wildcard.
    expect((await list({ search: "%" })).total).toBe(0);
    expect((await list({ role: "manager" })).total).toBe(SIZE / 5 + 1);
    expect((await list({ status: "deactivated" })).total).toBe(SIZE / 50);
    expect((await list({ teamId })).total).toBe(1000);
    // In Sales (0–999), a manager (every 5th) and deactivated (every 50th): 0, 50, …, 950.
    const combined = await list({ teamId, role: "manager", status: "deactivated" });
    expect(combined.total).toBe(20);
    expect(combined.members.every((row) => row.teams.some((team) => team.id === teamId))).toBe(true);
  });

  it("sorts by name, last activity and role in both directions, with nulls last", async () => {
    const byName = (await list({ sort: "name", dir: "desc", status: "active" })).members.map(
      (row) => row.name!,
    );
    expect(byName).toEqual([...byName].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));
    const recent = (await list({ sort: "lastActive", dir: "desc" })).members;
    expect(recent[0]!.email).toBe(`p4999-${org.slug}@example.test`);
    const dates = recent.map((row) => row.lastActiveAt!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const lastPage = await list({ sort: "lastActive", status: "active", page: 1000 });
    expect(lastPage.members.at(-1)!.lastActiveAt).toBeNull();
  });

  it("costs the same few statements for a page of 50 as for one person", async () => {
    // Every query the page makes goes through the transaction: count the calls on it.
    let statements = 0;
    const page = await withTenant(org.members.admin.ctx, async (tx) => {
      const traced = new Proxy(tx, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          // Kysely statements (lib/db/sql.ts) run through the Unsafe variants, their parameters apart.
          if (
            property === "$queryRaw" ||
            property === "$executeRaw" ||
            property === "$queryRawUnsafe" ||
            property === "$executeRawUnsafe"
          ) {
            return (...args: unknown[]) => {
              statements += 1;
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          if (
            typeof value === "object" &&
            value !== null &&
            typeof property === "string" &&
            !property.startsWith("$")
          ) {
            return new Proxy(value, {
              get(model, method, modelReceiver) {
                const fn = Reflect.get(model, method, modelReceiver);
                if (typeof fn !== "function") return fn;
                return (...args: unknown[]) => {
                  statements += 1;
                  return fn.apply(model, args);
                };
              },
            });
          }
          return value;
        },
      });
      return listMembers({ tx: traced, ctx: org.members.admin.ctx });
    });
    expect(page.members).toHaveLength(MEMBERS_PAGE_SIZE);
    // The total, the page, its teams, its progress: no query per row.
    expect(statements).toBe(4);
  });

  it("finds a team's people and a search's matches through indexes, not by reading every membership", async () => {
    const explain = (filters: Parameters<typeof memberPageQuery>[1]) =>
      as(org.members.admin, async (tx) => {
        const query = memberPageQuery(org.id, filters).compile();
        // What is checked is that an index can serve these reads. Whether the planner takes it
        // depends on the statistics of the moment: for a team holding a fifth of the table it
        // once preferred reading all of TeamMember (CI). With scans priced out, a plan that still
        // scans has no index to use.
        await tx.$executeRaw`set local enable_seqscan = off`;
        const plan = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `explain ${query.sql}`,
          ...query.parameters,
        );
        return plan.map((row) => row["QUERY PLAN"]).join("\n");
      });
    // Neither the team's people, nor their memberships, nor their accounts are read by scanning
    // the whole table: with scans priced out, a plan that still has one has no index to use.
    const plan = await explain({ teamId, page: 1 });
    expect(plan).toMatch(/Index (Only )?Scan using "TeamMember_/);
    expect(plan).not.toMatch(/Seq Scan on "(TeamMember|Membership|User)"/);
  });
});
