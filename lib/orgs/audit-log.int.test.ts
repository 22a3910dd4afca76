// The audit log's filters, paging and CSV export, against Postgres as the app role.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getSessionUser } from "@/lib/auth/session";
import { withTenant } from "@/lib/db/tenant";
import { getT } from "@/lib/i18n/server";
import { setupTestDatabase } from "@/tests/db";
import { auditCsvChunks, auditExportWorkspace } from "./audit-export";
import { listAuditEntries } from "./list-audit-entries";
import { buildOrganization, type TestMember, type TestOrganization } from "./testing/build-organization";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));

setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;

const list = (actor: TestMember, filters: Omit<Parameters<typeof listAuditEntries>[0], "tx" | "ctx">) =>
  withTenant(actor.ctx, (tx) => listAuditEntries({ tx, ctx: actor.ctx, ...filters }));

beforeAll(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
  const { owner, admin } = org.members;
  await withTenant(owner.ctx, async (tx) => {
    const entry = (actorId: string, action: string, createdAt: string, data: object) => ({
      organizationId: org.id,
      actorId,
      action,
      targetType: action.split(".")[0]!,
      data,
      createdAt: new Date(createdAt),
    });
    await tx.auditEntry.createMany({
      data: [
        entry(owner.id, "membership.role", "2026-03-01T10:00:00Z", {
          name: "Åse Ødegård",
          from: "employee",
          to: "manager",
        }),
        entry(admin.id, "team.create", "2026-03-10T10:00:00Z", { name: "Salg" }),
        // 23:30 in Oslo on 31 March (21:30 UTC): still March for the reader.
        entry(admin.id, "program.assign", "2026-03-31T21:30:00Z", {
          name: "Håndtere avvisning",
          team: "Salg",
          due: "2026-12-28",
        }),
        entry(admin.id, "membership.deactivate", "2026-04-02T10:00:00Z", {
          name: "Ola Berg",
          email: "ola@example.test",
        }),
      ],
    });
  });
});

describe("listAuditEntries filters", () => {
  it("filters by kind", async () => {
    const page = await list(org.members.admin, { kind: "membership" });
    expect(page.entries.map((entry) => entry.action)).toEqual(["membership.deactivate", "membership.role"]);
  });

  it("filters by person: whoever acted, or whoever was acted on, in any case", async () => {
    const acted = await list(org.members.admin, { person: org.members.owner.name!.toUpperCase() });
    // The owner created the organization and changed a role.
    expect(acted.entries.map((entry) => entry.action).sort()).toEqual([
      "membership.role",
      "organization.create",
    ]);
    const target = await list(org.members.admin, { person: "ødegård" });
    expect(target.entries.map((entry) => entry.action)).toEqual(["membership.role"]);
    const byEmail = await list(org.members.admin, { person: "OLA@example" });
    expect(byEmail.entries.map((entry) => entry.action)).toEqual(["membership.deactivate"]);
  });

  it("filters by period in the log's own days (Oslo), both ends included", async () => {
    const march = await list(org.members.admin, { from: "2026-03-01", to: "2026-03-31" });
    expect(march.entries.map((entry) => entry.action)).toEqual([
      "program.assign",
      "team.create",
      "membership.role",
    ]);
    const april = await list(org.members.admin, { from: "2026-04-01", to: "2026-04-30" });
    expect(april.entries.map((entry) => entry.action)).toEqual(["membership.deactivate"]);
  });

  it("pages through the filtered entries without repeating or skipping one", async () => {
    const first = await list(org.members.admin, { from: "2026-03-01", to: "2026-04-30", pageSize: 2 });
    expect(first.entries).toHaveLength(2);
    const second = await list(org.members.admin, {
      from: "2026-03-01",
      to: "2026-04-30",
      pageSize: 2,
      before: first.nextBefore!,
    });
    expect(second.nextBefore).toBeNull();
    expect([...first.entries, ...second.entries].map((entry) => entry.action)).toEqual([
      "membership.deactivate",
      "program.assign",
      "team.create",
      "membership.role",
    ]);
  });

  it("never shows another organization's entries, whatever the filter", async () => {
    const theirs = await list(other.members.owner, { person: "Salg" });
    expect(theirs.entries).toEqual([]);
  });
});

describe("the audit CSV export", () => {
  it("is for HR of the organization in the URL only", async () => {
    const signIn = (member: TestMember | null) =>
      vi
        .mocked(getSessionUser)
        .mockResolvedValue(
          member ? ({ id: member.id, email: member.email, name: member.name } as never) : null,
        );
    signIn(org.members.admin);
    expect((await auditExportWorkspace(org.slug))?.orgId).toBe(org.id);
    signIn(org.members.owner);
    expect((await auditExportWorkspace(org.slug))?.orgId).toBe(org.id);
    for (const member of [org.members.manager, org.members.employee, other.members.admin, null]) {
      signIn(member);
      expect(await auditExportWorkspace(org.slug)).toBeNull();
    }
  });

  it("writes the filtered entries as sentences in the reader's language, dates as the reader writes them", async () => {
    const ctx = org.members.admin.ctx;
    const next = auditCsvChunks({ ctx, lang: "nb", t: getT("nb"), filters: { kind: "program" } });
    let csv = "";
    for (let chunk = await next(); chunk !== null; chunk = await next()) csv += chunk;
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Program");
    expect(lines[0]).toContain("tildelte «Håndtere avvisning» til Salg (frist: 28. desember 2026).");
    expect(lines[0]).toContain(org.members.admin.email);
  });
});
