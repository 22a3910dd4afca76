// Per-organization single sign-on (ADR 016) against Postgres as the app role: the encrypted secret,
// domain verification, who may do it, the sign-in route by domain and just-in-time membership.
import pg from "pg";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveSsoSettingsAction } from "@/lib/actions/sso/save-sso-settings";
import { addSsoDomainAction } from "@/lib/actions/sso/add-sso-domain";
import { verifySsoDomainAction } from "@/lib/actions/sso/verify-sso-domain";
import { withOrganization, withTenant } from "@/lib/db/tenant";
import {
  buildOrganization,
  createTestUser,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { form, signIn } from "@/tests/support/action-session";
import { ensureJitMembership } from "./jit-membership";
import { verifyDomainAsOperator } from "./operator-verify-domain";
import { loadOrgSso, refuseOrgSignIn, ssoRouteForEmail } from "./org-sso";
import { SSO_CLIENT_SECRET_PURPOSE, openSecret } from "./secret-box";
import { addSsoDomain, listSsoDomains, verifySsoDomain, type ResolveTxt } from "./sso-domains";
import { getSsoSettings } from "./sso-settings";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));

const database = setupTestDatabase();
const SECRET = "client-secret-a1b2c3-do-not-leak";

let org: TestOrganization;
let other: TestOrganization;

beforeEach(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
});

const scope = (o: TestOrganization, lang = "en") => ({ lang, orgSlug: o.slug });
const settingsForm = (fields: Record<string, string> = {}) =>
  form({ issuer: "https://idp.example.com/", clientId: "evne", clientSecret: SECRET, ...fields });
const as = <T>(m: TestMember, work: Parameters<typeof withTenant<T>>[1]) => withTenant(m.ctx, work);

/** A resolver that answers like DNS would for these records, and fails (ENOTFOUND) for anything else. */
const fakeDns =
  (records: Record<string, string[][]>): ResolveTxt =>
  async (host) => {
    const found = records[host];
    if (!found) throw Object.assign(new Error(`queryTxt ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return found;
  };

async function addDomain(o: TestOrganization, domain: string) {
  const owner = o.members.owner;
  const { id } = await as(owner, (tx) => addSsoDomain({ tx, ctx: owner.ctx, domain }));
  const [view] = (await as(owner, (tx) => listSsoDomains({ tx, ctx: owner.ctx }))).filter((d) => d.id === id);
  return view!;
}

async function verifyByDns(o: TestOrganization, domain: string) {
  const view = await addDomain(o, domain);
  const owner = o.members.owner;
  await as(owner, (tx) =>
    verifySsoDomain({
      tx,
      ctx: owner.ctx,
      domainId: view.id,
      resolveTxt: fakeDns({ [domain]: [[view.record]] }),
    }),
  );
  return view;
}

describe("the SSO settings", () => {
  it("keeps the client secret encrypted: it opens with the key, and no read or audit entry shows it", async () => {
    signIn(org.members.owner);
    const saved = await saveSsoSettingsAction(scope(org), null, settingsForm());
    expect(saved).toMatchObject({ ok: true });

    const row = await withOrganization(org.id, (tx) =>
      tx.organizationSso.findUniqueOrThrow({ where: { organizationId: org.id } }),
    );
    expect(row.issuer).toBe("https://idp.example.com");
    expect(row.clientSecretCiphertext).not.toContain(SECRET);
    expect(openSecret(SSO_CLIENT_SECRET_PURPOSE, row.clientSecretCiphertext)).toBe(SECRET);
    // Under another key (another NEXTAUTH_SECRET) it does not open.
    expect(() => openSecret(SSO_CLIENT_SECRET_PURPOSE, row.clientSecretCiphertext, "x".repeat(40))).toThrow();

    const owner = org.members.owner;
    const view = await as(owner, (tx) => getSsoSettings({ tx, ctx: owner.ctx }));
    expect(view).toMatchObject({ configured: true, hasSecret: true, clientId: "evne" });
    expect(JSON.stringify(view)).not.toContain(SECRET);
    expect(JSON.stringify(view)).not.toContain(row.clientSecretCiphertext);

    const audit = await withOrganization(org.id, (tx) =>
      tx.auditEntry.findMany({ where: { organizationId: org.id, action: "organization.sso" } }),
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    expect(JSON.stringify(audit)).not.toContain(row.clientSecretCiphertext);
  });

  it("keeps the stored secret when the field is left empty, and needs one the first time", async () => {
    signIn(org.members.owner);
    const first = await saveSsoSettingsAction(scope(org), null, settingsForm({ clientSecret: "" }));
    expect(first).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { clientSecret: "Enter the client secret." },
    });
    await saveSsoSettingsAction(scope(org), null, settingsForm());
    const again = await saveSsoSettingsAction(
      scope(org),
      null,
      settingsForm({ clientSecret: "", required: "on" }),
    );
    expect(again).toMatchObject({ ok: true });
    const config = await loadOrgSso(org.id);
    expect(config?.settings.clientSecret).toBe(SECRET);
  });

  it("refuses malformed input with translated messages", async () => {
    signIn(org.members.owner, "nb");
    const result = await saveSsoSettingsAction(
      scope(org, "nb"),
      null,
      settingsForm({ issuer: "ftp://x", clientId: "", jitRole: "owner" }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        issuer: "Skriv utstederen som en http://- eller https://-adresse.",
        clientId: "Skriv inn klient-ID-en (høyst 300 tegn).",
        jitRole: "Velg ansatt, leder eller HR.",
      },
    });
  });

  it("is the owner's only: HR, managers and employees are FORBIDDEN", async () => {
    for (const role of ["admin", "manager", "employee"] as const) {
      signIn(org.members[role]);
      for (const run of [
        () => saveSsoSettingsAction(scope(org), null, settingsForm()),
        () => addSsoDomainAction(scope(org), null, form({ domain: "example.com" })),
      ]) {
        expect(await run()).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    }
    expect(await withOrganization(org.id, (tx) => tx.organizationSso.count())).toBe(0);
  });

  it("answers NOT_FOUND to another organization's owner, and for another organization's domain id", async () => {
    signIn(other.members.owner);
    expect(await saveSsoSettingsAction(scope(org), null, settingsForm())).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const domainOfA = await addDomain(org, "a.example.com");
    // B's owner in B's own workspace, naming A's domain id.
    const result = await verifySsoDomainAction(scope(other), null, form({ domainId: domainOfA.id }));
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("domain verification", () => {
  it("verifies a domain whose TXT record matches", async () => {
    const view = await verifyByDns(org, "match.example.com");
    expect(view.record).toMatch(/^evne-verification=[0-9a-f]{32}$/);
    const [domain] = await as(org.members.owner, (tx) => listSsoDomains({ tx, ctx: org.members.owner.ctx }));
    expect(domain).toMatchObject({ domain: "match.example.com", verified: true });
  });

  it("refuses a mismatching record, or none, with a translated message", async () => {
    const view = await addDomain(org, "mismatch.example.com");
    const owner = org.members.owner;
    for (const resolveTxt of [
      fakeDns({ "mismatch.example.com": [["evne-verification=0000"], ["v=spf1 -all"]] }),
      fakeDns({}),
    ]) {
      await expect(
        as(owner, (tx) => verifySsoDomain({ tx, ctx: owner.ctx, domainId: view.id, resolveTxt })),
      ).rejects.toMatchObject({ code: "INVALID", messageKey: "sso.errors.recordMissing" });
    }
    const [domain] = await as(owner, (tx) => listSsoDomains({ tx, ctx: owner.ctx }));
    expect(domain?.verified).toBe(false);
  });

  it("lets one organization verify a domain: another gets CONFLICT, by DNS and by the operator", async () => {
    await verifyByDns(org, "taken.example.com");
    await expect(verifyByDns(other, "taken.example.com")).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "sso.errors.domainTaken",
    });
    const client = new pg.Client({ connectionString: database.ownerUrl });
    await client.connect();
    try {
      expect(
        await verifyDomainAsOperator(client, { orgSlug: other.slug, domain: "taken.example.com" }),
      ).toEqual({
        ok: false,
        reason: "taken",
      });
      expect(
        await verifyDomainAsOperator(client, { orgSlug: other.slug, domain: "Other.Example.com" }),
      ).toEqual({
        ok: true,
        orgId: other.id,
        alreadyVerified: false,
      });
      expect(
        await verifyDomainAsOperator(client, { orgSlug: "no-such-org", domain: "x.example.com" }),
      ).toEqual({
        ok: false,
        reason: "no-organization",
      });
    } finally {
      await client.end();
    }
    expect((await ssoRouteForEmail("ann@taken.example.com"))?.orgId).toBeUndefined(); // no settings yet
  });
});

describe("the sign-in route", () => {
  it("sends an address of a verified domain of a configured organization to its provider, nothing else", async () => {
    signIn(org.members.owner);
    await saveSsoSettingsAction(scope(org), null, settingsForm({ required: "on" }));
    await verifyByDns(org, "route.example.com");
    await addDomain(org, "unverified.example.com");

    expect(await ssoRouteForEmail("Ann@Route.Example.com")).toEqual({
      orgId: org.id,
      providerId: `oidc-org-${org.id}`,
      required: true,
    });
    expect(await ssoRouteForEmail("ann@unverified.example.com")).toBeNull();
    expect(await ssoRouteForEmail("ann@elsewhere.example.com")).toBeNull();
    expect(await ssoRouteForEmail("ann@sub.route.example.com")).toBeNull();
  });

  it("lets the provider sign in only addresses of verified domains, verified unless the organization trusts it", () => {
    const config = { domains: ["route.example.com"], trustProviderEmails: false };
    expect(refuseOrgSignIn({ email: "ann@route.example.com", email_verified: true }, config)).toBeNull();
    expect(refuseOrgSignIn({ email: "ann@evil.example.com", email_verified: true }, config)?.code).toBe(
      "SsoDomainNotAllowed",
    );
    expect(refuseOrgSignIn({ email: "ann@route.example.com" }, config)?.code).toBe("SsoEmailUnverified");
    expect(
      refuseOrgSignIn({ email: "ann@route.example.com" }, { ...config, trustProviderEmails: true }),
    ).toBeNull();
    expect(
      refuseOrgSignIn({ email: "ann@evil.example.com" }, { ...config, trustProviderEmails: true })?.code,
    ).toBe("SsoDomainNotAllowed");
    expect(refuseOrgSignIn({}, config)?.code).toBe("SsoEmailMissing");
  });
});

describe("just-in-time membership", () => {
  it("makes a person an active member once, with the chosen role; an existing member keeps theirs", async () => {
    const person = await createTestUser();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        ensureJitMembership({ orgId: org.id, userId: person.id, role: "manager" }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await withOrganization(org.id, (tx) =>
      tx.membership.findMany({ where: { organizationId: org.id, userId: person.id } }),
    );
    expect(rows).toEqual([expect.objectContaining({ role: "manager", status: "active" })]);

    const hr = org.members.admin;
    expect(await ensureJitMembership({ orgId: org.id, userId: hr.id, role: "employee" })).toEqual({
      created: false,
    });
    const hrRow = await withOrganization(org.id, (tx) =>
      tx.membership.findUniqueOrThrow({
        where: { organizationId_id: { organizationId: org.id, id: hr.membershipId } },
      }),
    );
    expect(hrRow.role).toBe("admin");
    const audit = await withOrganization(org.id, (tx) =>
      tx.auditEntry.count({ where: { organizationId: org.id, action: "membership.sso" } }),
    );
    expect(audit).toBe(1);
  });
});
