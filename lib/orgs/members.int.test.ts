// Members: roles, deactivation, the owner rules and the audit log, against Postgres as the app role.
import { beforeEach, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import type { Role } from "@/lib/permissions/roles";
import { setupTestDatabase } from "@/tests/db";
import { changeMemberRole } from "./change-member-role";
import { listAuditEntries } from "./list-audit-entries";
import { listMembers } from "./list-members";
import { resolveWorkspace } from "./resolve-workspace";
import { setMemberStatus } from "./set-member-status";
import {
  addTestMember,
  buildOrganization,
  createTestUser,
  type TestMember,
  type TestOrganization,
} from "./testing/build-organization";

setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;

beforeEach(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
});

/** Runs a use case as `actor`, in the actor's organization, like the action pipeline does. */
const as = <T>(
  actor: TestMember,
  work: (args: { tx: Parameters<Parameters<typeof withTenant>[1]>[0]; ctx: TestMember["ctx"] }) => Promise<T>,
) => withTenant(actor.ctx, (tx) => work({ tx, ctx: actor.ctx }));

const roleOf = async (member: TestMember) =>
  as(member.role === "owner" ? member : org.members.owner, ({ tx }) =>
    tx.membership.findUniqueOrThrow({
      where: { organizationId_id: { organizationId: member.ctx.orgId, id: member.membershipId } },
      select: { role: true, status: true },
    }),
  );

const auditActions = async (within: TestOrganization) =>
  as(within.members.owner, ({ tx }) =>
    tx.auditEntry.findMany({
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, targetId: true, data: true, actorId: true },
    }),
  );

describe("changeMemberRole", () => {
  it("lets HR change a role and records who changed what", async () => {
    const { admin, employee } = org.members;
    const result = await as(admin, ({ tx, ctx }) =>
      changeMemberRole({ tx, ctx, membershipId: employee.membershipId, role: "manager" }),
    );
    expect(result).toEqual({ membershipId: employee.membershipId, role: "manager", changed: true });
    expect(await roleOf(employee)).toEqual({ role: "manager", status: "active" });
    expect((await auditActions(org)).at(-1)).toEqual({
      action: "membership.role",
      targetId: employee.membershipId,
      actorId: admin.id,
      data: { from: "employee", to: "manager", email: employee.email, name: employee.name },
    });
  });

  it("changes nothing and records nothing when the role is already that", async () => {
    const before = (await auditActions(org)).length;
    const { owner, manager } = org.members;
    const result = await as(owner, ({ tx, ctx }) =>
      changeMemberRole({ tx, ctx, membershipId: manager.membershipId, role: "manager" }),
    );
    expect(result.changed).toBe(false);
    expect(await auditActions(org)).toHaveLength(before);
  });

  it.each<Role>(["manager", "employee"])("refuses a %s (FORBIDDEN)", async (role) => {
    const actor = org.members[role];
    await expect(
      as(actor, ({ tx, ctx }) =>
        changeMemberRole({ tx, ctx, membershipId: org.members.employee.membershipId, role: "admin" }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await roleOf(org.members.employee)).toMatchObject({ role: "employee" });
  });

  it("answers NOT_FOUND for a member of another organization, and leaves them alone", async () => {
    const target = other.members.employee;
    await expect(
      as(org.members.owner, ({ tx, ctx }) =>
        changeMemberRole({ tx, ctx, membershipId: target.membershipId, role: "admin" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const unchanged = await as(other.members.owner, ({ tx }) =>
      tx.membership.findUniqueOrThrow({
        where: { organizationId_id: { organizationId: other.id, id: target.membershipId } },
        select: { role: true },
      }),
    );
    expect(unchanged.role).toBe("employee");
  });

  it("lets only owners make an owner or change an owner", async () => {
    const { owner, admin, employee } = org.members;
    await expect(
      as(admin, ({ tx, ctx }) =>
        changeMemberRole({ tx, ctx, membershipId: employee.membershipId, role: "owner" }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      as(admin, ({ tx, ctx }) =>
        changeMemberRole({ tx, ctx, membershipId: owner.membershipId, role: "employee" }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await as(owner, ({ tx, ctx }) =>
      changeMemberRole({ tx, ctx, membershipId: admin.membershipId, role: "owner" }),
    );
    expect(await roleOf(admin)).toMatchObject({ role: "owner" });
  });

  it("never demotes the last active owner, but does once there is another", async () => {
    const { owner, admin } = org.members;
    await expect(
      as(owner, ({ tx, ctx }) =>
        changeMemberRole({ tx, ctx, membershipId: owner.membershipId, role: "admin" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "members.errors.lastOwner" });
    // A deactivated owner does not count as one.
    const dormant = await addTestMember(org, "owner", { status: "deactivated" });
    await expect(
      as(owner, ({ tx, ctx }) =>
        changeMemberRole({ tx, ctx, membershipId: owner.membershipId, role: "admin" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await as(owner, ({ tx, ctx }) =>
      changeMemberRole({ tx, ctx, membershipId: admin.membershipId, role: "owner" }),
    );
    await as(owner, ({ tx, ctx }) =>
      changeMemberRole({ tx, ctx, membershipId: owner.membershipId, role: "admin" }),
    );
    expect(await roleOf({ ...owner, role: "admin" })).toMatchObject({ role: "admin" });
    expect(dormant.role).toBe("owner");
  });

  it("lets only one of two owners demoting each other at the same moment succeed", async () => {
    const { owner } = org.members;
    const second = await addTestMember(org, "owner");
    const results = await Promise.allSettled([
      as(owner, ({ tx, ctx }) =>
        changeMemberRole({ tx, ctx, membershipId: second.membershipId, role: "employee" }),
      ),
      as(second, ({ tx, ctx }) =>
        changeMemberRole({ tx, ctx, membershipId: owner.membershipId, role: "employee" }),
      ),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT" },
    });
    const owners = await withTenant({ orgId: org.id, userId: owner.id }, (tx) =>
      tx.membership.count({ where: { role: "owner", status: "active" } }),
    );
    expect(owners).toBe(1);
  });
});

describe("setMemberStatus", () => {
  it("deactivates: the member's very next request finds no workspace; reactivation restores it", async () => {
    const { admin, employee } = org.members;
    expect(await resolveWorkspace({ userId: employee.id, orgSlug: org.slug })).toMatchObject({
      orgId: org.id,
      role: "employee",
    });

    await as(admin, ({ tx, ctx }) =>
      setMemberStatus({ tx, ctx, membershipId: employee.membershipId, status: "deactivated" }),
    );
    await expect(resolveWorkspace({ userId: employee.id, orgSlug: org.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await as(admin, ({ tx, ctx }) =>
      setMemberStatus({ tx, ctx, membershipId: employee.membershipId, status: "active" }),
    );
    expect(await resolveWorkspace({ userId: employee.id, orgSlug: org.slug })).toMatchObject({
      role: "employee",
    });

    const entries = (await auditActions(org)).slice(-2);
    expect(entries).toEqual([
      {
        action: "membership.deactivate",
        targetId: employee.membershipId,
        actorId: admin.id,
        data: { role: "employee", email: employee.email, name: employee.name },
      },
      {
        action: "membership.reactivate",
        targetId: employee.membershipId,
        actorId: admin.id,
        data: { role: "employee", email: employee.email, name: employee.name },
      },
    ]);
  });

  it("keeps a deactivated member's other organizations open", async () => {
    const person = await createTestUser();
    const here = await addTestMember(org, "employee", { user: person });
    await addTestMember(other, "manager", { user: person });
    await as(org.members.owner, ({ tx, ctx }) =>
      setMemberStatus({ tx, ctx, membershipId: here.membershipId, status: "deactivated" }),
    );
    await expect(resolveWorkspace({ userId: person.id, orgSlug: org.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await resolveWorkspace({ userId: person.id, orgSlug: other.slug })).toMatchObject({
      role: "manager",
    });
  });

  it("never deactivates the last active owner, nor oneself", async () => {
    const { owner, admin } = org.members;
    await expect(
      as(owner, ({ tx, ctx }) =>
        setMemberStatus({ tx, ctx, membershipId: owner.membershipId, status: "deactivated" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      as(admin, ({ tx, ctx }) =>
        setMemberStatus({ tx, ctx, membershipId: admin.membershipId, status: "deactivated" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "members.errors.selfDeactivate" });
    const second = await addTestMember(org, "owner");
    await as(second, ({ tx, ctx }) =>
      setMemberStatus({ tx, ctx, membershipId: owner.membershipId, status: "deactivated" }),
    );
    await expect(resolveWorkspace({ userId: owner.id, orgSlug: org.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets HR admins not deactivate owners; refuses managers and employees; hides other organizations", async () => {
    const { owner, admin, manager, employee } = org.members;
    await expect(
      as(admin, ({ tx, ctx }) =>
        setMemberStatus({ tx, ctx, membershipId: owner.membershipId, status: "deactivated" }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const actor of [manager, employee]) {
      await expect(
        as(actor, ({ tx, ctx }) =>
          setMemberStatus({ tx, ctx, membershipId: admin.membershipId, status: "deactivated" }),
        ),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      as(owner, ({ tx, ctx }) =>
        setMemberStatus({
          tx,
          ctx,
          membershipId: other.members.employee.membershipId,
          status: "deactivated",
        }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await resolveWorkspace({ userId: other.members.employee.id, orgSlug: other.slug })).toMatchObject({
      role: "employee",
    });
  });
});

describe("resolveWorkspace", () => {
  it("answers NOT_FOUND alike for an unknown slug, a malformed one and another organization", async () => {
    const { employee } = org.members;
    for (const orgSlug of ["no-such-org", "Not a slug!", other.slug]) {
      await expect(resolveWorkspace({ userId: employee.id, orgSlug })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });
});

describe("listMembers", () => {
  it("lists only this organization's members, active first, and searches name and email", async () => {
    const { owner, employee } = org.members;
    const named = await addTestMember(org, "employee", {
      user: await createTestUser({ name: "Åse Ødegård", email: `aase-${org.slug}@example.test` }),
    });
    await as(owner, ({ tx, ctx }) =>
      setMemberStatus({ tx, ctx, membershipId: employee.membershipId, status: "deactivated" }),
    );

    const all = await as(owner, ({ tx, ctx }) => listMembers({ tx, ctx }));
    expect(all.total).toBe(5);
    expect(all.members.map((member) => member.status)).toEqual([
      "active",
      "active",
      "active",
      "active",
      "deactivated",
    ]);
    expect(all.members.some((member) => member.userId === other.members.owner.id)).toBe(false);

    const byName = await as(owner, ({ tx, ctx }) => listMembers({ tx, ctx, search: "ødegå" }));
    expect(byName.members.map((member) => member.membershipId)).toEqual([named.membershipId]);
    const byEmail = await as(owner, ({ tx, ctx }) => listMembers({ tx, ctx, search: "AASE-" }));
    expect(byEmail.total).toBe(1);
    const otherOrgsPerson = await as(owner, ({ tx, ctx }) =>
      listMembers({ tx, ctx, search: other.members.admin.email }),
    );
    expect(otherOrgsPerson.total).toBe(0);
  });

  it.each<Role>(["manager", "employee"])("is for HR only: a %s is refused", async (role) => {
    await expect(as(org.members[role], ({ tx, ctx }) => listMembers({ tx, ctx }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("listAuditEntries", () => {
  it("shows HR this organization's entries, newest first, with the actor, a page at a time", async () => {
    const { owner, admin, employee } = org.members;
    for (const role of ["manager", "admin", "employee"] as const) {
      await as(owner, ({ tx, ctx }) =>
        changeMemberRole({ tx, ctx, membershipId: employee.membershipId, role }),
      );
    }
    const page = await as(admin, ({ tx, ctx }) => listAuditEntries({ tx, ctx }));
    expect(page.entries.map((entry) => entry.action)).toEqual([
      "membership.role",
      "membership.role",
      "membership.role",
      "organization.create",
    ]);
    expect(page.entries[0]).toMatchObject({
      actor: { id: owner.id, email: owner.email },
      data: { from: "admin", to: "employee" },
    });
    expect(page.nextBefore).toBeNull();
    const older = await as(admin, ({ tx, ctx }) =>
      listAuditEntries({ tx, ctx, before: page.entries[1]!.id }),
    );
    expect(older.entries.map((entry) => entry.id)).toEqual(page.entries.slice(2).map((entry) => entry.id));
    // Another organization's entry id as the cursor is ignored, never followed.
    const foreign = await as(other.members.owner, ({ tx, ctx }) => listAuditEntries({ tx, ctx }));
    const fromForeign = await as(admin, ({ tx, ctx }) =>
      listAuditEntries({ tx, ctx, before: foreign.entries[0]!.id }),
    );
    expect(fromForeign.entries).toHaveLength(4);
  });

  it.each<Role>(["manager", "employee"])("is for HR only: a %s is refused", async (role) => {
    await expect(as(org.members[role], ({ tx, ctx }) => listAuditEntries({ tx, ctx }))).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
  });
});
