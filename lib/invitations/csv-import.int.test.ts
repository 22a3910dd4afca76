// CSV import: preview writes nothing, confirm imports the valid rows in one go, the same file twice
// invites nobody twice, and the limits hold; against Postgres as the application role.
import { beforeEach, describe, expect, it } from "vitest";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import {
  buildOrganization,
  createTestUser,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import type { Role } from "@/lib/permissions/roles";
import { createTeam } from "@/lib/teams/create-team";
import { setupTestDatabase } from "@/tests/db";
import { acceptInvitation } from "./accept-invitation";
import { MAX_CSV_ROWS } from "./csv-limits";
import { importCsv } from "./import-csv";
import { hashInvitationToken } from "./invitation-token";
import { previewCsvImport } from "./preview-csv-import";

const database = setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;

beforeEach(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
  await as(org.members.admin, ({ tx, ctx }) => createTeam({ tx, ctx, name: "Kundeservice" }));
  await as(other.members.owner, ({ tx, ctx }) => createTeam({ tx, ctx, name: "Bare hos dem" }));
});

const as = <T>(actor: TestMember, work: (args: { tx: TenantTx; ctx: WorkspaceContext }) => Promise<T>) =>
  withTenant(actor.ctx, (tx) => work({ tx, ctx: actor.ctx }));

const hr = () => org.members.admin;

const invitations = () =>
  as(org.members.owner, ({ tx }) =>
    tx.invitation.findMany({
      orderBy: { email: "asc" },
      select: { email: true, name: true, role: true, teamIds: true, tokenHash: true },
    }),
  );

const csvFor = () =>
  [
    "email,name,role,team",
    "kari@example.com,Kari Nordmann,employee,Kundeservice",
    "ola@example.com,Ola Hansen,leder,",
    "not-an-address,Broken,employee,",
    `${org.members.employee.email},Already Here,employee,`,
    "per@example.com,Per,employee,Bare hos dem",
    "KARI@example.com,Kari twice,,",
  ].join("\n");

describe("previewCsvImport", () => {
  it("shows every row's outcome and writes nothing", async () => {
    const preview = await as(hr(), ({ tx, ctx }) => previewCsvImport({ tx, ctx, csv: csvFor() }));
    expect(
      preview.rows.map((row) => [row.rowNumber, row.outcome, row.problems.map((problem) => problem.code)]),
    ).toEqual([
      [2, "ready", []],
      [3, "ready", []],
      [4, "problem", ["emailInvalid"]],
      [5, "problem", ["alreadyMember"]],
      // Another organization's team is as unknown as one that does not exist.
      [6, "problem", ["teamUnknown"]],
      [7, "problem", ["duplicate"]],
    ]);
    expect(await invitations()).toEqual([]);
  });
});

describe("importCsv", () => {
  it("imports the valid rows with their roles and teams, hashed tokens and an audit entry each", async () => {
    const result = await as(hr(), ({ tx, ctx }) => importCsv({ tx, ctx, csv: csvFor() }));
    expect(result).toMatchObject({ imported: 2, alreadyInvited: 0, withProblems: 4 });
    expect(result.outgoing.map((mail) => mail.to)).toEqual(["kari@example.com", "ola@example.com"]);
    const team = await as(hr(), ({ tx }) =>
      tx.team.findFirstOrThrow({ where: { name: "Kundeservice" }, select: { id: true } }),
    );
    const stored = await invitations();
    expect(stored.map(({ tokenHash: _hash, ...rest }) => rest)).toEqual([
      { email: "kari@example.com", name: "Kari Nordmann", role: "employee", teamIds: [team.id] },
      { email: "ola@example.com", name: "Ola Hansen", role: "manager", teamIds: [] },
    ]);
    expect(stored.map((row) => row.tokenHash).sort()).toEqual(
      result.outgoing.map((mail) => hashInvitationToken(mail.token)).sort(),
    );
    const audit = await as(org.members.owner, ({ tx }) =>
      tx.auditEntry.findMany({
        where: { action: "invitation.create" },
        select: { actorId: true, data: true },
      }),
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorId: hr().id, data: { source: "csv" } });
  });

  it("invites nobody twice when the same file is imported again, or confirmed twenty times at once", async () => {
    const imports = await Promise.all(
      Array.from({ length: 20 }, () => as(hr(), ({ tx, ctx }) => importCsv({ tx, ctx, csv: csvFor() }))),
    );
    // One import invites both people; the other nineteen find them invited and mail no one.
    expect(imports.map((result) => result.imported).sort((a, b) => b - a)).toEqual([2, ...Array(19).fill(0)]);
    const outgoing = imports.flatMap((result) => result.outgoing);
    expect(outgoing.map((mail) => mail.to).sort()).toEqual(["kari@example.com", "ola@example.com"]);
    const created = await as(org.members.owner, ({ tx }) =>
      tx.auditEntry.count({ where: { action: "invitation.create" } }),
    );
    expect(created).toBe(2);
    const again = await as(hr(), ({ tx, ctx }) => importCsv({ tx, ctx, csv: csvFor() }));
    expect(again).toMatchObject({ imported: 0, alreadyInvited: 2, withProblems: 4 });
    expect(await invitations()).toHaveLength(2);

    // Once someone accepted, they are a member: the file's row for them is now a problem.
    const kari = await createTestUser({ email: "kari@example.com" });
    const token = outgoing.find((mail) => mail.to === "kari@example.com")?.token;
    await acceptInvitation({ user: kari, token: token ?? "" });
    const preview = await as(hr(), ({ tx, ctx }) => previewCsvImport({ tx, ctx, csv: csvFor() }));
    expect(preview.rows[0]).toMatchObject({
      rowNumber: 2,
      outcome: "problem",
      problems: [{ code: "alreadyMember" }],
    });
  });

  it(`imports ${MAX_CSV_ROWS} rows in one transaction and refuses ${MAX_CSV_ROWS + 1} with nothing written`, async () => {
    const file = (count: number) =>
      [
        "email,name,role,team",
        ...Array.from({ length: count }, (_, index) => `person${index}@bulk.example.com,Person ${index},,`),
      ].join("\n");
    await expect(
      as(hr(), ({ tx, ctx }) => importCsv({ tx, ctx, csv: file(MAX_CSV_ROWS + 1) })),
    ).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "people:import.fileErrors.tooManyRows",
      messageValues: { count: MAX_CSV_ROWS + 1, max: MAX_CSV_ROWS },
    });
    await expect(
      as(hr(), ({ tx, ctx }) => previewCsvImport({ tx, ctx, csv: file(MAX_CSV_ROWS + 1) })),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await invitations()).toEqual([]);

    const result = await as(hr(), ({ tx, ctx }) => importCsv({ tx, ctx, csv: file(MAX_CSV_ROWS) }));
    expect(result.imported).toBe(MAX_CSV_ROWS);
    const counts = await as(org.members.owner, async ({ tx }) => ({
      invitations: await tx.invitation.count(),
      audit: await tx.auditEntry.count({ where: { action: "invitation.create" } }),
    }));
    expect(counts).toEqual({ invitations: MAX_CSV_ROWS, audit: MAX_CSV_ROWS });
    // The import answered without sending a single mail: each is a job for the worker (ADR 020).
    const queued = await database.owner.$queryRawUnsafe<{ count: number }[]>(
      `select count(*)::int as count from graphile_worker._private_jobs
        where task_id = (select id from graphile_worker._private_tasks where identifier = 'send_mail')`,
    );
    expect(queued[0]!.count).toBeGreaterThanOrEqual(MAX_CSV_ROWS);
    expect(await database.owner.outboxMessage.count({ where: { to: { endsWith: "@bulk.example.com" } } })).toBe(0);
  }, 120_000);

  it.each<Role>(["manager", "employee"])(
    "refuses the %s role the preview and the import (FORBIDDEN)",
    async (role) => {
      const attempts: ((options: {
        tx: TenantTx;
        ctx: WorkspaceContext;
        csv: string;
      }) => Promise<unknown>)[] = [previewCsvImport, importCsv];
      for (const attempt of attempts) {
        await expect(
          as(org.members[role], ({ tx, ctx }) => attempt({ tx, ctx, csv: csvFor() })),
        ).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
      expect(await invitations()).toEqual([]);
    },
  );
});
