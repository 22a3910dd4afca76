// Test factory: a whole organization with one member per role in one call, through the same
// code the app uses (createOrganization, withTenant). For integration tests and, later, the seed.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import type { Language } from "@/lib/i18n/settings";
import type { AuditAction } from "@/lib/orgs/audit-actions";
import { createOrganization } from "@/lib/orgs/create-organization";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { roles, type Role } from "@/lib/permissions/roles";

export type TestUser = { id: string; email: string; name: string | null };
export type TestMember = TestUser & { membershipId: string; role: Role; ctx: WorkspaceContext };
export type TestOrganization = {
  id: string;
  slug: string;
  name: string;
  /** One active member per role; `owner` created the organization. */
  members: Record<Role, TestMember>;
};

/**
 * An organization as the factories need it: its names and its owner to act as. A built test
 * organization is one; so is one a Playwright journey made through the app (e2e/support/arrange.ts).
 */
export type OrganizationWithOwner = {
  id: string;
  slug: string;
  name: string;
  members: { owner: TestMember };
};

const unique = () => randomBytes(5).toString("hex");

export async function createTestUser(
  options: { name?: string | null; email?: string; emailVerified?: Date; language?: Language } = {},
): Promise<TestUser> {
  const id = unique();
  return db.user.create({
    data: {
      email: options.email ?? `person-${id}@example.test`,
      name: options.name === undefined ? `Person ${id}` : options.name,
      emailVerified: options.emailVerified ?? null,
      ...(options.language ? { language: options.language } : {}),
    },
    select: { id: true, email: true, name: true },
  });
}

/**
 * A signed-in session of the person, as following an email link leaves it (next-auth's database
 * session): the browser that carries its token in the session cookie is that person.
 */
export async function createTestSession(userId: string, days = 30): Promise<string> {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({
    data: { sessionToken, userId, expires: new Date(Date.now() + days * 24 * 60 * 60 * 1000) },
  });
  return sessionToken;
}

/** Adds an existing person to an organization with a role. */
export async function addTestMember(
  org: { id: string; slug: string; name: string },
  role: Role,
  options: { user?: TestUser; status?: "active" | "deactivated"; lastActivityAt?: Date | null } = {},
): Promise<TestMember> {
  const user =
    options.user ?? (await createTestUser({ name: `${role[0]?.toUpperCase()}${role.slice(1)} ${unique()}` }));
  const membership = await withTenant({ orgId: org.id, userId: user.id }, (tx) =>
    tx.membership.create({
      data: {
        organizationId: org.id,
        userId: user.id,
        role,
        status: options.status ?? "active",
        lastActivityAt: options.lastActivityAt ?? null,
      },
      select: { id: true },
    }),
  );
  return {
    ...user,
    membershipId: membership.id,
    role,
    ctx: {
      orgId: org.id,
      orgSlug: org.slug,
      orgName: org.name,
      orgLanguage: "nb",
      membershipId: membership.id,
      role,
      userId: user.id,
    },
  };
}

export async function buildOrganization(
  options: { name?: string; slug?: string } = {},
): Promise<TestOrganization> {
  const name = options.name ?? `Organisasjon ${unique()}`;
  const owner = await createTestUser({ name: `Owner ${unique()}` });
  const created = await createOrganization({
    actor: owner,
    input: {
      name,
      slug: options.slug ?? `org-${unique()}`,
      defaultLanguage: "nb",
      yourName: owner.name ?? "Owner",
    },
  });
  const org = { id: created.orgId, slug: created.slug, name };
  const ownerMembership = await withTenant({ orgId: org.id, userId: owner.id }, (tx) =>
    tx.membership.findFirstOrThrow({ where: { userId: owner.id }, select: { id: true } }),
  );
  const members: Partial<Record<Role, TestMember>> = {
    owner: {
      ...owner,
      membershipId: ownerMembership.id,
      role: "owner",
      ctx: {
        orgId: org.id,
        orgSlug: org.slug,
        orgName: name,
        orgLanguage: "nb",
        membershipId: ownerMembership.id,
        role: "owner",
        userId: owner.id,
      },
    },
  };
  for (const role of roles) {
    if (role !== "owner") members[role] = await addTestMember(org, role);
  }
  return { ...org, members: members as Record<Role, TestMember> };
}

/** Entries in the organization's audit log as `recordAudit` writes them, in one statement. */
export async function addAuditEntries(
  org: OrganizationWithOwner,
  entries: readonly {
    actorId: string;
    action: AuditAction;
    targetType: string;
    data: Record<string, string>;
  }[],
) {
  await withTenant(org.members.owner.ctx, (tx) =>
    tx.auditEntry.createMany({
      data: entries.map((entry) => ({ organizationId: org.id, ...entry, targetId: null })),
    }),
  );
}
