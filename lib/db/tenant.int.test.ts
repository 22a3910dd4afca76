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
import { isUniqueViolation } from "./unique-violation";
import { withInvitationToken, withSsoDomain, withTenant, withUser } from "./tenant";

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
      expect(
        await tx.membership.findUnique({
          where: { organizationId_id: { organizationId: b.id, id: b.members.employee.membershipId } },
        }),
      ).toBeNull();
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
      tx.membership.findUniqueOrThrow({
        where: { organizationId_id: { organizationId: b.id, id: b.members.employee.membershipId } },
      }),
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

// ADR 040: the two reads that start before the organization is known go through global lookup
// tables, written by triggers in the transaction that writes the tenant row.
describe("the global lookups InvitationToken and VerifiedDomain", () => {
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
  const organizationOfToken = (tokenHash: string) =>
    withInvitationToken({ tokenHash }, async (_tx, organizationId) => organizationId);

  it("follows the invitation: written with it, moved by a new token, removed with it", async () => {
    const { id } = await invite(a, "lookup-first");
    expect(await organizationOfToken("lookup-first")).toBe(a.id);
    expect(
      await withTenant(scopeOf(a), (tx) =>
        tx.invitationToken.findMany({ where: { invitationId: id }, select: { tokenHash: true } }),
      ),
    ).toEqual([{ tokenHash: "lookup-first" }]);

    // Sent again with a new token: the old hash leads nowhere.
    await withTenant(scopeOf(a), (tx) =>
      tx.invitation.update({
        where: { organizationId_id: { organizationId: a.id, id } },
        data: { tokenHash: "lookup-second" },
      }),
    );
    expect(await organizationOfToken("lookup-first")).toBeNull();
    expect(await organizationOfToken("lookup-second")).toBe(a.id);

    await withTenant(scopeOf(a), (tx) =>
      tx.invitation.delete({ where: { organizationId_id: { organizationId: a.id, id } } }),
    );
    expect(await organizationOfToken("lookup-second")).toBeNull();
  });

  it("shows a transaction only the row of the hash it names, and another organization nothing", async () => {
    await invite(a, "lookup-named");
    await invite(b, "lookup-unnamed");
    const named = await database.app.$transaction(async (tx) => {
      await tx.$queryRaw`select set_config('app.invitation_token_hash', 'lookup-named', true)`;
      return {
        tokens: await tx.invitationToken.findMany({ select: { tokenHash: true, organizationId: true } }),
        // The invitation itself is read only inside its organization (no cross-organization policy).
        invitations: await tx.invitation.count(),
      };
    });
    expect(named).toEqual({ tokens: [{ tokenHash: "lookup-named", organizationId: a.id }], invitations: 0 });
    expect(
      await withTenant(scopeOf(b), (tx) =>
        tx.invitationToken.count({ where: { tokenHash: "lookup-named" } }),
      ),
    ).toBe(0);
  });

  it("cannot be written by the application, not even for its own organization", async () => {
    const { id } = await invite(a, "lookup-forged-target");
    await expect(
      withTenant(scopeOf(a), (tx) =>
        tx.invitationToken.create({
          data: { tokenHash: "lookup-forged", organizationId: a.id, invitationId: id },
        }),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withTenant(scopeOf(a), (tx) => tx.invitationToken.deleteMany({ where: { invitationId: id } })),
    ).rejects.toThrow(/permission denied/);
    expect(await organizationOfToken("lookup-forged-target")).toBe(a.id);
  });

  it("keeps one organization per verified domain, and frees the domain when it is removed", async () => {
    const claim = (org: TestOrganization) =>
      withTenant(scopeOf(org), (tx) =>
        tx.organizationDomain.create({
          data: { organizationId: org.id, domain: "lookup.example", verificationToken: "t" },
          select: { id: true },
        }),
      );
    const verify = (org: TestOrganization, id: string) =>
      withTenant(scopeOf(org), (tx) =>
        tx.organizationDomain.update({
          where: { organizationId_id: { organizationId: org.id, id } },
          data: { verifiedAt: new Date(), verifiedDomain: "lookup.example" },
        }),
      );
    const holder = () => withSsoDomain("lookup.example", async (_tx, organizationId) => organizationId);
    const mine = await claim(a);
    const theirs = await claim(b);
    expect(await holder()).toBeNull();
    await verify(a, mine.id);
    expect(await holder()).toBe(a.id);

    const taken = await verify(b, theirs.id).catch((error: unknown) => error);
    expect(isUniqueViolation(taken)).toBe(true);
    expect(await holder()).toBe(a.id);

    await withTenant(scopeOf(a), (tx) =>
      tx.organizationDomain.delete({ where: { organizationId_id: { organizationId: a.id, id: mine.id } } }),
    );
    expect(await holder()).toBeNull();
    await verify(b, theirs.id);
    expect(await holder()).toBe(b.id);
  });

  it("loses an organization's rows when the organization is deleted", async () => {
    const doomed = await buildOrganization({ name: "Gamma AS" });
    await invite(doomed, "lookup-doomed");
    expect(await organizationOfToken("lookup-doomed")).toBe(doomed.id);
    await withTenant(scopeOf(doomed), (tx) => tx.organization.delete({ where: { id: doomed.id } }));
    expect(await organizationOfToken("lookup-doomed")).toBeNull();
  });
});
