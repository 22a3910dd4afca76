import { describe, expect, it } from "vitest";
import { APP_ROLE } from "../../lib/env";
import { setupTestDatabase } from "../../tests/db";
import { auditRowLevelSecurity } from "./rls-audit";
import { withClient } from "./server";

const database = setupTestDatabase();
const audit = () => withClient(database.ownerUrl, (client) => auditRowLevelSecurity(client, APP_ROLE));

describe("npm run db:audit", () => {
  it("passes on the migrated schema, covering every tenant table", async () => {
    const result = await audit();
    expect(result.problems).toEqual([]);
    expect(result.tables.map((table) => table.table)).toEqual(
      expect.arrayContaining([
        "AuditEntry",
        "Invitation",
        "Membership",
        "Organization",
        "Team",
        "TeamMember",
      ]),
    );
    expect(result.role).toMatchObject({
      exists: true,
      superuser: false,
      bypassRls: false,
      ownedRelations: [],
      powerfulRoles: [],
    });
  });

  it("fails a new tenant table that forgot row-level security, or its force, or its policy", async () => {
    await database.owner.$executeRawUnsafe(
      `create table "Forgotten" (id int primary key, "organizationId" uuid not null)`,
    );
    await database.owner.$executeRawUnsafe(
      `create table "Unforced" (id int primary key, "organizationId" uuid not null)`,
    );
    await database.owner.$executeRawUnsafe(`alter table "Unforced" enable row level security`);
    await database.owner.$executeRawUnsafe(`create policy everything on "Unforced" using (true)`);
    const { problems } = await audit();
    expect(problems).toEqual(
      expect.arrayContaining([
        `"Forgotten": row-level security is not enabled`,
        `"Forgotten": row-level security is not forced`,
        `"Forgotten": has no policy`,
        `"Unforced": row-level security is not forced`,
        `"Unforced": no policy reads app.org_id`,
      ]),
    );
    await database.owner.$executeRawUnsafe(`drop table "Forgotten", "Unforced"`);
    expect((await audit()).problems).toEqual([]);
  });

  it("fails when the application role is missing", async () => {
    const result = await withClient(database.ownerUrl, (client) =>
      auditRowLevelSecurity(client, "no_such_role"),
    );
    expect(result.problems).toContain("role no_such_role does not exist");
  });
});
