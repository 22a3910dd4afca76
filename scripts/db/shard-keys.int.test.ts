import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../../tests/db";
import { withClient } from "./server";
import { checkShardKeys } from "./shard-keys";

const database = setupTestDatabase();
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
