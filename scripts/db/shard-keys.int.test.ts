import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { withDatabase } from "../../lib/env";
import { setupTestDatabase } from "../../tests/db";
import { createDatabase, dropDatabase, testDatabaseName } from "../../tests/support/test-databases";
import { applyMigrations, readMigrations } from "./schema-engine";
import { withClient } from "./server";
import { checkShardKeys } from "./shard-keys";

const database = setupTestDatabase();
const created: string[] = [];

afterAll(async () => {
  for (const name of created) await dropDatabase(database.adminUrl, name);
});
const check = () => withClient(database.ownerUrl, (client) => checkShardKeys(client));
const names = (problems: Awaited<ReturnType<typeof check>>["problems"]) =>
  problems.map((problem) => `${problem.table} ${problem.kind} ${problem.name}`);

/**
 * Constraints that leave out organizationId: none since the migration of ADR 035
 * (shard_keys_include_organization). It stays empty: a new tenant table must be shardable from the
 * start, and a new global lookup must be named in REFERENCE_TABLES (ADR 040).
 */
const KNOWN: string[] = [];

describe("npm run db:shard-check", () => {
  it("finds no constraint without organizationId in the migrated schema", async () => {
    const { tables, references, problems } = await check();
    expect(tables).toEqual(expect.arrayContaining(["Membership", "Program", "Rating", "TeamMember"]));
    expect(references).toEqual(["InvitationToken", "VerifiedDomain"]);
    expect(names(problems)).toEqual(KNOWN);
  });

  it("accepts a tenant table keyed by organization, and names each key that leaves it out", async () => {
    await database.owner.$executeRawUnsafe(
      `create table "ShardGood" ("organizationId" uuid not null references "Organization"(id), id uuid not null,
         "teamId" uuid not null, code text not null, primary key ("organizationId", id),
         unique ("organizationId", code),
         foreign key ("organizationId", "teamId") references "Team"("organizationId", id))`,
    );
    // Team has no key on id alone any more; this foreign key names organizationId but pairs it
    // with Team's id, which still lets the two rows live on different shards.
    await database.owner.$executeRawUnsafe(
      `create table "ShardBad" ("organizationId" uuid not null, id uuid primary key, code text unique,
         "teamId" uuid, "userId" uuid references "User"(id),
         constraint "ShardBad_teamId_fkey" foreign key ("teamId", "organizationId")
           references "Team"("organizationId", id))`,
    );
    try {
      const { problems } = await check();
      const added = names(problems).filter((name) => !KNOWN.includes(name));
      expect(added).toEqual([
        "ShardBad unique index ShardBad_code_key",
        "ShardBad primary key ShardBad_pkey",
        "ShardBad foreign key ShardBad_teamId_fkey",
      ]);
    } finally {
      await database.owner.$executeRawUnsafe(`drop table "ShardGood", "ShardBad"`);
    }
  });

  it("holds a global lookup to no foreign key into a tenant table, as Citus reference tables", async () => {
    await database.owner.$executeRawUnsafe(
      `alter table "VerifiedDomain" add constraint "VerifiedDomain_organizationId_fkey"
         foreign key ("organizationId") references "Organization"(id)`,
    );
    try {
      const { problems } = await check();
      expect(names(problems)).toEqual(["VerifiedDomain foreign key VerifiedDomain_organizationId_fkey"]);
    } finally {
      await database.owner.$executeRawUnsafe(
        `alter table "VerifiedDomain" drop constraint "VerifiedDomain_organizationId_fkey"`,
      );
    }
  });
});

describe("the migration shard_keys_include_organization (ADR 035, ADR 040)", () => {
  it("fills the lookup tables from the invitations and verified domains already there", async () => {
    const name = testDatabaseName("db");
    await createDatabase(database.adminUrl, name, {
      owner: decodeURIComponent(new URL(database.ownerUrl).username),
    });
    created.push(name);
    const url = withDatabase(database.ownerUrl, name);
    const all = await readMigrations();
    const before = {
      ...all,
      migrationDirectories: all.migrationDirectories.filter(
        (dir) => dir.path < "20261207165308_shard_keys_include_organization",
      ),
    };
    await applyMigrations(url, before);
    const lookupBefore = await withClient(url, (client) =>
      client.query<{ table: string | null }>(`select to_regclass('"InvitationToken"')::text as table`),
    );
    expect(lookupBefore.rows).toEqual([{ table: null }]);

    const orgId = randomUUID();
    const invitationId = randomUUID();
    await withClient(url, async (client) => {
      await client.query("begin");
      await client.query("select set_config('app.org_id', $1, true)", [orgId]);
      await client.query(
        `insert into "Organization" (id, slug, name, "updatedAt") values ($1, 'backfill', 'Backfill AS', now())`,
        [orgId],
      );
      await client.query(
        `insert into "Invitation" (id, "organizationId", email, role, "teamIds", "tokenHash", "expiresAt", "updatedAt")
         values ($1, $2, 'a@backfill.example', 'employee', '{}', 'backfill-hash', now() + interval '1 day', now())`,
        [invitationId, orgId],
      );
      await client.query(
        `insert into "OrganizationDomain" (id, "organizationId", domain, "verificationToken", "verifiedAt", "verifiedDomain")
         values ($1, $2, 'backfill.example', 't', now(), 'backfill.example'),
                ($3, $2, 'pending.example', 't', null, null)`,
        [randomUUID(), orgId, randomUUID()],
      );
      await client.query("commit");
    });

    await applyMigrations(url, all);
    const after = await withClient(url, async (client) => {
      await client.query("begin");
      await client.query("select set_config('app.org_id', $1, true)", [orgId]);
      const tokens = await client.query(
        `select "tokenHash", "organizationId", "invitationId" from "InvitationToken"`,
      );
      const domains = await client.query(`select domain, "organizationId" from "VerifiedDomain"`);
      // The tenant tables' row-level security is forced again after the backfill lifted it.
      const forced = await client.query(
        `select relname, relforcerowsecurity from pg_class
          where relname in ('Invitation', 'OrganizationDomain') order by relname`,
      );
      await client.query("commit");
      return { tokens: tokens.rows, domains: domains.rows, forced: forced.rows };
    });
    expect(after).toEqual({
      tokens: [{ tokenHash: "backfill-hash", organizationId: orgId, invitationId }],
      domains: [{ domain: "backfill.example", organizationId: orgId }],
      forced: [
        { relname: "Invitation", relforcerowsecurity: true },
        { relname: "OrganizationDomain", relforcerowsecurity: true },
      ],
    });
  });
});
