// Row-level security, proven against a real Postgres as the application role: without the
// organization set nothing is visible or writable, and with it only that organization's rows are,
// whatever the query asks for.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  buildOrganization,
  createTestUser,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { withInvitationToken, withTenant, withUser } from "./tenant";

const database = setupTestDatabase();
let a: TestOrganization;
let b: TestOrganization;

beforeAll(async () => {
  a = await buildOrganization({ name: "Alfa AS" });
  b = await buildOrganization({ name: "Beta AS" });
});

const scopeOf = (org: TestOrganization) => ({ orgId: org.id, userId: org.members.owner.id });

describe("without a tenant setting", () => {
  it("reads no tenant rows, even with a crafted query", async () => {
    expect(await database.app.organization.findMany()).toEqual([]);
    expect(await database.app.membership.findMany()).toEqual([]);
    expect(await database.app.auditEntry.findMany()).toEqual([]);
    expect(
      await database.app.$queryRaw`select * from "Membership" where "organizationId" = ${a.id}::uuid`,
    ).toEqual([]);
  });

  it("writes no tenant rows", async () => {
    await expect(
      database.app.auditEntry.create({
        data: { organizationId: a.id, action: "x", targetType: "organization" },
      }),
    ).rejects.toThrow(/row-level security/);
    expect(await database.app.membership.updateMany({ data: { role: "owner" } })).toEqual({ count: 0 });
    expect(await database.app.membership.deleteMany()).toEqual({ count: 0 });
  });

  it("leaves no setting behind on the pooled connection after a tenant transaction", async () => {
    for (let i = 0; i < 12; i++) await withTenant(scopeOf(a), (tx) => tx.membership.count());
    const settings = await Promise.all(
      Array.from(
        { length: 12 },
        () => db.$queryRaw<{ org: string | null }[]>`select current_setting('app.org_id', true) as org`,
      ),
    );
    for (const [row] of settings) expect(row?.org ?? "").toBe("");
    expect(await db.membership.count()).toBe(0);
  });
});

describe("withTenant", () => {
  it("sees exactly its own organization's rows", async () => {
    const seen = await withTenant(scopeOf(a), async (tx) => ({
      organizations: await tx.organization.findMany({ select: { id: true } }),
      memberships: await tx.membership.findMany({ select: { organizationId: true } }),
      audit: await tx.auditEntry.findMany({ select: { organizationId: true } }),
    }));
    expect(seen.organizations).toEqual([{ id: a.id }]);
    expect(seen.memberships).toHaveLength(4);
    expect(new Set(seen.memberships.map((row) => row.organizationId))).toEqual(new Set([a.id]));
    expect(seen.audit.length).toBeGreaterThan(0);
    expect(new Set(seen.audit.map((row) => row.organizationId))).toEqual(new Set([a.id]));
  });

  it("cannot read another organization's rows by id or with raw SQL", async () => {
    await withTenant(scopeOf(a), async (tx) => {
      expect(await tx.organization.findUnique({ where: { id: b.id } })).toBeNull();
      expect(await tx.organization.findUnique({ where: { slug: b.slug } })).toBeNull();
      expect(await tx.membership.findUnique({ where: { id: b.members.employee.membershipId } })).toBeNull();
      expect(await tx.$queryRaw`select * from "Membership" where "organizationId" = ${b.id}::uuid`).toEqual(
        [],
      );
      expect(await tx.$queryRaw`select * from "AuditEntry" where "organizationId" = ${b.id}::uuid`).toEqual(
        [],
      );
    });
  });

  it("cannot change, delete or add another organization's rows", async () => {
    await withTenant(scopeOf(a), async (tx) => {
      expect(
        await tx.membership.updateMany({ where: { organizationId: b.id }, data: { role: "owner" } }),
      ).toEqual({ count: 0 });
      expect(
        await tx.$executeRaw`update "Membership" set "role" = 'owner' where "organizationId" = ${b.id}::uuid`,
      ).toBe(0);
      expect(await tx.$executeRaw`delete from "AuditEntry" where "organizationId" = ${b.id}::uuid`).toBe(0);
    });
    await expect(
      withTenant(scopeOf(a), (tx) =>
        tx.auditEntry.create({ data: { organizationId: b.id, action: "x", targetType: "organization" } }),
      ),
    ).rejects.toThrow(/row-level security/);
    // Moving a row into another organization is refused too (WITH CHECK).
    await expect(
      withTenant(
        scopeOf(a),
        (tx) =>
          tx.$executeRaw`update "AuditEntry" set "organizationId" = ${b.id}::uuid where "organizationId" = ${a.id}::uuid`,
      ),
    ).rejects.toThrow(/row-level security/);
    const employee = await withTenant(scopeOf(b), (tx) =>
      tx.membership.findUniqueOrThrow({ where: { id: b.members.employee.membershipId } }),
    );
    expect(employee.role).toBe("employee");
  });

  it("rolls back everything when the work fails", async () => {
    await expect(
      withTenant(scopeOf(a), async (tx) => {
        await tx.auditEntry.create({
          data: { organizationId: a.id, action: "rollback.probe", targetType: "organization" },
        });
        throw new Error("fail after the write");
      }),
    ).rejects.toThrow("fail after the write");
    const probes = await withTenant(scopeOf(a), (tx) =>
      tx.auditEntry.count({ where: { action: "rollback.probe" } }),
    );
    expect(probes).toBe(0);
  });

  it("refuses ids that are not UUIDs: they can only come from a bug", async () => {
    await expect(
      withTenant({ orgId: "' or 1=1 --", userId: a.members.owner.id }, async () => 1),
    ).rejects.toThrow(/UUID/);
  });
});

describe("withUser", () => {
  it("lists the person's own memberships in every organization, and no one else's", async () => {
    const both = await createTestUser();
    await withTenant({ orgId: a.id, userId: both.id }, (tx) =>
      tx.membership.create({ data: { organizationId: a.id, userId: both.id, role: "employee" } }),
    );
    await withTenant({ orgId: b.id, userId: both.id }, (tx) =>
      tx.membership.create({ data: { organizationId: b.id, userId: both.id, role: "manager" } }),
    );
    const seen = await withUser(both.id, async (tx) => ({
      memberships: await tx.membership.findMany({ select: { organizationId: true, userId: true } }),
      organizations: await tx.organization.findMany({ select: { id: true }, orderBy: { name: "asc" } }),
      audit: await tx.auditEntry.count(),
    }));
    expect(seen.memberships).toHaveLength(2);
    expect(seen.memberships.every((row) => row.userId === both.id)).toBe(true);
    expect(seen.organizations).toEqual([{ id: a.id }, { id: b.id }]);
    expect(seen.audit).toBe(0);
  });

  it("cannot change the person's own membership or organization (read only)", async () => {
    const employee = a.members.employee;
    await withUser(employee.id, async (tx) => {
      expect(
        await tx.membership.updateMany({ where: { userId: employee.id }, data: { role: "owner" } }),
      ).toEqual({ count: 0 });
      expect(await tx.organization.updateMany({ data: { name: "Taken over" } })).toEqual({ count: 0 });
    });
  });

  it("does not show an organization to a deactivated member", async () => {
    const leaver = await createTestUser();
    await withTenant({ orgId: a.id, userId: leaver.id }, (tx) =>
      tx.membership.create({
        data: { organizationId: a.id, userId: leaver.id, role: "employee", status: "deactivated" },
      }),
    );
    expect(await withUser(leaver.id, (tx) => tx.organization.findMany())).toEqual([]);
  });
});

describe("withInvitationToken", () => {
  it("reads only the invitation whose token hash is presented", async () => {
    const invite = (org: TestOrganization, tokenHash: string) =>
      withTenant(scopeOf(org), (tx) =>
        tx.invitation.create({
          data: {
            organizationId: org.id,
            email: `${tokenHash}@example.test`,
            role: "employee",
            tokenHash,
            expiresAt: new Date(Date.now() + 86_400_000),
          },
          select: { id: true },
        }),
      );
    const mine = await invite(a, "hash-mine");
    await invite(b, "hash-other");
    const seen = await withInvitationToken({ tokenHash: "hash-mine" }, (tx) =>
      tx.invitation.findMany({ select: { id: true } }),
    );
    expect(seen).toEqual([mine]);
    expect(await withInvitationToken({ tokenHash: "hash-none" }, (tx) => tx.invitation.count())).toBe(0);

    // The token scopes the transaction to its invitation's organization, and to no other.
    const scoped = await withInvitationToken({ tokenHash: "hash-mine" }, async (tx, organizationId) => ({
      organizationId,
      organizations: await tx.organization.findMany({ select: { id: true } }),
    }));
    expect(scoped).toEqual({ organizationId: a.id, organizations: [{ id: a.id }] });
    expect(
      await withInvitationToken({ tokenHash: "hash-none" }, async (_tx, organizationId) => organizationId),
    ).toBeNull();
  });
});
