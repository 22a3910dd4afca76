// Kysely queries (lib/db/sql.ts) run inside the caller's Prisma transaction: row-level security
// applies to them exactly as to Prisma's own queries, and their rows come back with Prisma's types.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildOrganization, type TestOrganization } from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { execute, q, queryRows } from "./sql";
import { withTenant } from "./tenant";

setupTestDatabase();
let a: TestOrganization;
let b: TestOrganization;

beforeAll(async () => {
  a = await buildOrganization({ name: "Alfa AS" });
  b = await buildOrganization({ name: "Beta AS" });
});

const scopeOf = (org: TestOrganization) => ({ orgId: org.id, userId: org.members.owner.id });
const memberships = q.selectFrom("Membership").select(["id", "organizationId", "role", "createdAt"]);

describe("a Kysely query run through Prisma", () => {
  it("sees only the organization of the transaction, whatever it asks for", async () => {
    const seen = await withTenant(scopeOf(a), (tx) => queryRows(tx, memberships.orderBy("id")));
    expect(seen).toHaveLength(4);
    expect(new Set(seen.map((row) => row.organizationId))).toEqual(new Set([a.id]));
    const asked = await withTenant(scopeOf(a), (tx) =>
      queryRows(tx, memberships.where("organizationId", "=", b.id)),
    );
    expect(asked).toEqual([]);
  });

  it("sees nothing outside a tenant transaction", async () => {
    expect(await queryRows(db, memberships)).toEqual([]);
  });

  it("returns Prisma's values: strings for uuids and enums, Dates for timestamps", async () => {
    const [owner] = await withTenant(scopeOf(a), (tx) =>
      queryRows(tx, memberships.where("id", "=", a.members.owner.membershipId)),
    );
    expect(owner).toEqual({
      id: a.members.owner.membershipId,
      organizationId: a.id,
      role: "owner",
      createdAt: expect.any(Date),
    });
  });

  it("writes only the organization of the transaction", async () => {
    const touched = await withTenant(scopeOf(a), (tx) =>
      execute(tx, q.updateTable("Membership").set({ lastActivityAt: new Date() })),
    );
    expect(touched).toBe(4);
    const other = await withTenant(scopeOf(b), (tx) =>
      tx.membership.count({ where: { lastActivityAt: { not: null } } }),
    );
    expect(other).toBe(0);
  });
});
