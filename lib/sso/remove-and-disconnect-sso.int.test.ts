// Removing a single sign-on domain and disconnecting the provider (ADR 016), against Postgres as the
// app role: what sign-in routing finds afterwards, what is deleted and what stays, the audit
// entries, and who may do it.
import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { addSsoDomainAction } from "@/lib/actions/sso/add-sso-domain";
import { disconnectSsoAction } from "@/lib/actions/sso/disconnect-sso";
import { removeSsoDomainAction } from "@/lib/actions/sso/remove-sso-domain";
import { saveSsoSettingsAction } from "@/lib/actions/sso/save-sso-settings";
import { withOrganization, withTenant } from "@/lib/db/tenant";
import { buildOrganization, type TestOrganization } from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { form, signIn } from "@/tests/support/action-session";
import { ensureJitMembership } from "./jit-membership";
import { loadOrgSso, ssoRouteForEmail } from "./org-sso";
import { addSsoDomain, listSsoDomains, markDomainVerified } from "./sso-domains";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));

const database = setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;

beforeEach(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
});

const scope = (o: TestOrganization, lang = "en") => ({ lang, orgSlug: o.slug });
const unique = () => randomBytes(4).toString("hex");

/** The owner saves settings (SSO required) through the action. */
async function connect(o: TestOrganization) {
  signIn(o.members.owner);
  const saved = await saveSsoSettingsAction(
    scope(o),
    null,
    form({ issuer: "https://idp.example.com", clientId: "evne", clientSecret: "s3cret", required: "on" }),
  );
  expect(saved).toMatchObject({ ok: true });
}

/** A domain of the organization, verified (as the DNS check or the operator would). */
async function verifiedDomain(o: TestOrganization, domain: string): Promise<string> {
  const owner = o.members.owner;
  const { id } = await withTenant(owner.ctx, (tx) => addSsoDomain({ tx, ctx: owner.ctx, domain }));
  await withOrganization(o.id, (tx) => markDomainVerified({ tx, organizationId: o.id, domainId: id }));
  return id;
}

const domains = (o: TestOrganization) =>
  withTenant(o.members.owner.ctx, (tx) => listSsoDomains({ tx, ctx: o.members.owner.ctx }));

const auditOf = (o: TestOrganization, action: string) =>
  withOrganization(o.id, (tx) => tx.auditEntry.findMany({ where: { organizationId: o.id, action } }));

describe("removing a domain", () => {
  it("stops routing a verified domain's addresses to the provider, and frees the domain", async () => {
    const domain = `rm-${unique()}.example.com`;
    await connect(org);
    const id = await verifiedDomain(org, domain);
    expect(await ssoRouteForEmail(`ann@${domain}`)).toEqual({
      orgId: org.id,
      providerId: `oidc-org-${org.id}`,
      required: true,
    });

    signIn(org.members.owner);
    const removed = await removeSsoDomainAction(scope(org), null, form({ domainId: id }));
    expect(removed).toEqual({
      ok: true,
      data: { domain, wasVerified: true },
      message: "Domain removed.",
    });

    // No route: the sign-in form offers mail, and "required" no longer refuses it (lib/auth/auth-options.ts).
    expect(await ssoRouteForEmail(`ann@${domain}`)).toBeNull();
    expect((await loadOrgSso(org.id))?.domains).toEqual([]);
    expect(await domains(org)).toEqual([]);
    const audit = await auditOf(org, "organization.ssoDomainRemove");
    expect(audit).toEqual([
      expect.objectContaining({ actorId: org.members.owner.id, data: { name: domain, verified: true } }),
    ]);
    // Another organization may verify it now (before, the unique key answered CONFLICT).
    await expect(verifiedDomain(other, domain)).resolves.toEqual(expect.any(String));
  });

  it("removes a domain that is not verified yet; the same id again is NOT_FOUND", async () => {
    signIn(org.members.owner);
    const added = await addSsoDomainAction(scope(org), null, form({ domain: "pending.example.com" }));
    const id = added.ok ? added.data.id : "";
    const removed = await removeSsoDomainAction(scope(org), null, form({ domainId: id }));
    expect(removed).toMatchObject({ ok: true, data: { domain: "pending.example.com", wasVerified: false } });
    expect(await removeSsoDomainAction(scope(org), null, form({ domainId: id }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await auditOf(org, "organization.ssoDomainRemove")).toHaveLength(1);
  });

  it("answers NOT_FOUND for another organization's domain id, which stays", async () => {
    const domain = `a-${unique()}.example.com`;
    await connect(org);
    const id = await verifiedDomain(org, domain);
    // B's owner in B's own workspace, naming A's domain id.
    signIn(other.members.owner);
    expect(await removeSsoDomainAction(scope(other), null, form({ domainId: id }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // B's owner in A's workspace: not a member of A.
    expect(await removeSsoDomainAction(scope(org), null, form({ domainId: id }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await ssoRouteForEmail(`ann@${domain}`))?.orgId).toBe(org.id);
  });

  it("is the owner's only: HR (admin), managers and employees are FORBIDDEN", async () => {
    const domain = `f-${unique()}.example.com`;
    await connect(org);
    const id = await verifiedDomain(org, domain);
    for (const role of ["admin", "manager", "employee"] as const) {
      signIn(org.members[role]);
      expect(await removeSsoDomainAction(scope(org), null, form({ domainId: id }))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(await domains(org)).toHaveLength(1);
  });
});

describe("disconnecting the provider", () => {
  it("deletes the settings and the secret, ends routing, keeps members, accounts, sessions and domains", async () => {
    const domain = `dc-${unique()}.example.com`;
    await connect(org);
    await verifiedDomain(org, domain);
    // Someone who joined through the provider, signed in with it right now.
    const person = await database.app.user.create({ data: { email: `bob@${domain}` } });
    await ensureJitMembership({ orgId: org.id, userId: person.id, role: "employee" });
    const providerId = `oidc-org-${org.id}`;
    await database.app.account.create({
      data: { userId: person.id, type: "oidc", provider: providerId, providerAccountId: "sub-bob" },
    });
    const session = await database.app.session.create({
      data: {
        userId: person.id,
        sessionToken: unique() + unique(),
        expires: new Date(Date.now() + 86_400_000),
        signedInWith: providerId,
      },
    });
    const membershipsBefore = await withOrganization(org.id, (tx) =>
      tx.membership.findMany({ where: { organizationId: org.id }, orderBy: { id: "asc" } }),
    );

    signIn(org.members.owner);
    const first = await disconnectSsoAction(scope(org), null, form({}));
    const second = await disconnectSsoAction(scope(org), null, form({}));
    const message = "Single sign-on disconnected. People now sign in with an email link.";
    expect(first).toEqual({ ok: true, data: { disconnected: true }, message });
    // A double submit answers the same and records nothing more.
    expect(second).toMatchObject({ ok: true, message });

    // The row, and the sealed client secret in it, are gone.
    expect(await withOrganization(org.id, (tx) => tx.organizationSso.count())).toBe(0);
    expect(await loadOrgSso(org.id)).toBeNull();
    expect(await ssoRouteForEmail(`bob@${domain}`)).toBeNull();

    const membershipsAfter = await withOrganization(org.id, (tx) =>
      tx.membership.findMany({ where: { organizationId: org.id }, orderBy: { id: "asc" } }),
    );
    expect(membershipsAfter).toEqual(membershipsBefore);
    expect(await database.app.account.count({ where: { userId: person.id, provider: providerId } })).toBe(1);
    expect(await database.app.session.findUnique({ where: { id: session.id } })).toMatchObject({
      expires: session.expires,
    });
    // The domains stay, verified, for a provider connected again.
    expect(await domains(org)).toEqual([expect.objectContaining({ domain, verified: true })]);

    const audit = await auditOf(org, "organization.ssoDisconnect");
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: org.members.owner.id,
        data: { name: "https://idp.example.com", clientId: "evne" },
      }),
    ]);
    expect(JSON.stringify(audit)).not.toContain("s3cret");
  });

  it("answers NOT_FOUND to another organization's owner and leaves both providers alone", async () => {
    await connect(org);
    await connect(other);
    signIn(other.members.owner);
    expect(await disconnectSsoAction(scope(org), null, form({}))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await loadOrgSso(org.id)).not.toBeNull();
    // In B's own workspace it disconnects B's, never A's.
    expect(await disconnectSsoAction(scope(other), null, form({}))).toMatchObject({ ok: true });
    expect(await loadOrgSso(other.id)).toBeNull();
    expect(await loadOrgSso(org.id)).not.toBeNull();
  });

  it("is the owner's only: HR (admin), managers and employees are FORBIDDEN", async () => {
    await connect(org);
    for (const role of ["admin", "manager", "employee"] as const) {
      signIn(org.members[role]);
      expect(await disconnectSsoAction(scope(org), null, form({}))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(await loadOrgSso(org.id)).not.toBeNull();
    expect(await auditOf(org, "organization.ssoDisconnect")).toEqual([]);
  });
});
