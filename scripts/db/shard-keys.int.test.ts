import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../../tests/db";
import { withClient } from "./server";
import { checkShardKeys } from "./shard-keys";

const database = setupTestDatabase();
const check = () => withClient(database.ownerUrl, (client) => checkShardKeys(client));
const names = (problems: Awaited<ReturnType<typeof check>>["problems"]) =>
  problems.map((problem) => `${problem.table} ${problem.kind} ${problem.name}`);

/**
 * Where the schema stands (ADR 035): the primary keys on `id` alone, two global lookups and two
 * foreign keys. The list may only shrink: a new tenant table must be shardable from the start,
 * and each one fixed by the migration of ADR 035 comes off this list.
 */
const KNOWN = [
  "Assignment primary key Assignment_pkey",
  "AuditEntry primary key AuditEntry_pkey",
  "ChallengeAttempt primary key ChallengeAttempt_pkey",
  "ChallengeGoal primary key ChallengeGoal_pkey",
  "HelpRequest primary key HelpRequest_pkey",
  "Invitation primary key Invitation_pkey",
  "Invitation unique index Invitation_tokenHash_key",
  "Membership primary key Membership_pkey",
  "Notification primary key Notification_pkey",
  "OrganizationDomain primary key OrganizationDomain_pkey",
  "OrganizationDomain unique index OrganizationDomain_verifiedDomain_key",
  "Program primary key Program_pkey",
  "ProgramResource primary key ProgramResource_pkey",
  "ProgramStatement primary key ProgramStatement_pkey",
  "Rating primary key Rating_pkey",
  "RatingNote primary key RatingNote_pkey",
  "RatingSnapshot primary key RatingSnapshot_pkey",
  "Reflection primary key Reflection_pkey",
  "Team primary key Team_pkey",
  "Assignment foreign key Assignment_teamId_fkey",
  "RatingNote foreign key RatingNote_ratingId_fkey",
];

describe("npm run db:shard-check", () => {
  it("finds in the migrated schema exactly the known constraints without organizationId, no new ones", async () => {
    const { tables, problems } = await check();
    expect(tables).toEqual(expect.arrayContaining(["Membership", "Program", "Rating", "TeamMember"]));
    expect(names(problems)).toEqual(KNOWN);
  });

  it("accepts a tenant table keyed by organization, and names each key that leaves it out", async () => {
    await database.owner.$executeRawUnsafe(
      `create table "ShardGood" ("organizationId" uuid not null references "Organization"(id), id uuid not null,
         "teamId" uuid not null, code text not null, primary key ("organizationId", id),
         unique ("organizationId", code),
         foreign key ("organizationId", "teamId") references "Team"("organizationId", id))`,
    );
    await database.owner.$executeRawUnsafe(
      `create table "ShardBad" ("organizationId" uuid not null, id uuid primary key, code text unique,
         "teamId" uuid references "Team"(id), "userId" uuid references "User"(id))`,
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
});
