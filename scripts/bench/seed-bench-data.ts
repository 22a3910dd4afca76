// The benchmark's organization (issue 7): 10,000 employees in 500 teams of 20 (each with a manager),
// HR, three published programs with 40 statements in all (two resources each), assigned to
// everyone, five ratings per person and statement spread over the last months (the newest is
// current), resources done by most people, some help requests; and a smaller decoy organization
// with the same shape, so every query must filter by organization to be fast and right.
// Written in bulk SQL as the owner, inside each organization's row-level security settings.
import type pg from "pg";

export const BENCH_SEED_VERSION = "bench-v2";

export type BenchOrganizationShape = {
  slug: string;
  name: string;
  teams: number;
  teamSize: number;
  /** Statements per program; their sum is the organization's statement count. */
  statementsPerProgram: number[];
  resourcesPerStatement: number;
  ratingsPerStatement: number;
};

export const MAIN_ORGANIZATION: BenchOrganizationShape = {
  slug: "bench",
  name: "Bench AS",
  teams: 500,
  teamSize: 20,
  statementsPerProgram: [14, 13, 13],
  resourcesPerStatement: 2,
  ratingsPerStatement: 5,
};

export const DECOY_ORGANIZATION: BenchOrganizationShape = {
  slug: "decoy",
  name: "Decoy AS",
  teams: 50,
  teamSize: 20,
  statementsPerProgram: [14, 13, 13],
  resourcesPerStatement: 2,
  ratingsPerStatement: 5,
};

const localized = (text: string) => JSON.stringify({ nb: text, en: text, nl: text });

/** Seeds one organization; returns its id. Deterministic in shape, random in levels. */
export async function seedBenchOrganization(
  client: pg.Client,
  shape: BenchOrganizationShape,
): Promise<string> {
  const people = shape.teams * shape.teamSize;
  await client.query("begin");
  try {
    const { rows } = await client.query<{ id: string }>("select gen_random_uuid()::text as id");
    const orgId = rows[0]!.id;
    await client.query("select set_config('app.org_id', $1, true)", [orgId]);
    await client.query(
      `insert into "Organization" (id, slug, name, "createdAt", "updatedAt") values ($1, $2, $3, now(), now())`,
      [orgId, shape.slug, shape.name],
    );
    // People: index 0 is HR (owner), 1..people are employees; the first of each team manages it.
    await client.query(
      `insert into "User" (id, email, name, "emailVerified", "createdAt", "updatedAt")
       select gen_random_uuid(), $1 || '-' || n || '@bench.example', 'Person ' || n, now(), now(), now()
         from generate_series(0, $2::int) as n`,
      [shape.slug, people],
    );
    await client.query(
      `insert into "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt", "lastActivityAt")
       select gen_random_uuid(), $1::uuid, u.id,
              (case when n = 0 then 'owner' when (n - 1) % $3::int = 0 then 'manager' else 'employee' end)::"Role",
              'active', now(), now(), now() - (n % 40) * interval '1 day'
         from "User" u
         cross join lateral (select split_part(split_part(u.email, '@', 1), '-', 2)::int as n) as person
        where u.email like $2 || '-%@bench.example'`,
      [orgId, shape.slug, shape.teamSize],
    );
    await client.query(
      `insert into "Team" (id, "organizationId", name, "createdAt", "updatedAt", "membersChangedAt")
       select gen_random_uuid(), $1::uuid, 'Team ' || lpad(t::text, 3, '0'), now(), now(), now() - interval '90 days'
         from generate_series(1, $2::int) as t`,
      [orgId, shape.teams],
    );
    await client.query(
      `insert into "TeamMember" ("organizationId", "teamId", "membershipId", "isManager", "createdAt")
       select $1::uuid, t.id, m.id, (person.n - 1) % $2::int = 0, now()
         from "Membership" m
         join "User" u on u.id = m."userId"
         cross join lateral (select split_part(split_part(u.email, '@', 1), '-', 2)::int as n) as person
         join "Team" t on t."organizationId" = $1::uuid
                      and t.name = 'Team ' || lpad((((person.n - 1) / $2::int) + 1)::text, 3, '0')
        where m."organizationId" = $1::uuid and person.n > 0`,
      [orgId, shape.teamSize],
    );
    for (const [index, statementCount] of shape.statementsPerProgram.entries()) {
      const program = await client.query<{ id: string }>(
        `insert into "Program" (id, "organizationId", title, tagline, summary, status, "createdAt", "updatedAt")
         values (gen_random_uuid(), $1, $2::jsonb, $3::jsonb, $3::jsonb, 'published', now(), now()) returning id::text`,
        [orgId, localized(`Program ${index + 1}`), localized("Bench")],
      );
      const programId = program.rows[0]!.id;
      await client.query(
        `insert into "ProgramStatement" (id, "organizationId", "programId", key, position, kind, text, "createdAt", "updatedAt")
         select gen_random_uuid(), $1::uuid, $2::uuid, 's' || s, s, (case when s % 2 = 0 then 'can' else 'know' end)::"StatementKind",
                jsonb_build_object('nb', 'Jeg vet ' || s, 'en', 'I know ' || s, 'nl', 'Ik weet ' || s), now(), now()
           from generate_series(1, $3::int) as s`,
        [orgId, programId, statementCount],
      );
      await client.query(
        `insert into "ProgramResource" (id, "organizationId", "programId", "statementId", key, position, title, body, "createdAt", "updatedAt")
         select gen_random_uuid(), $1::uuid, $2::uuid, st.id, st.key || '-r' || r, r, $3::jsonb, $3::jsonb, now(), now()
           from "ProgramStatement" st cross join generate_series(1, $4::int) as r
          where st."programId" = $2::uuid`,
        [orgId, programId, localized("Resource"), shape.resourcesPerStatement],
      );
      await client.query(
        `insert into "Assignment" (id, "organizationId", "programId", "audienceKey", "dueDate", "createdAt", "updatedAt")
         values (gen_random_uuid(), $1, $2, 'everyone', current_date + 30, now(), now())`,
        [orgId, programId],
      );
    }
    // Five ratings per person and statement, three weeks apart, levels drifting upwards.
    await client.query(
      `insert into "Rating" (id, "organizationId", "membershipId", "programId", "statementId", "statementRevision",
                             level, "wantsHelp", "requestKey", "createdAt")
       select gen_random_uuid(), $1::uuid, m.id, st."programId", st.id, 1,
              least(4, 1 + floor(random() * 2)::int + (i * 2) / $2::int), random() < 0.01,
              gen_random_uuid()::text, now() - ($2::int - i) * interval '21 days' + random() * interval '1 day'
         from "Membership" m
         join "ProgramStatement" st on st."organizationId" = $1::uuid
         cross join generate_series(1, $2::int) as i
        where m."organizationId" = $1::uuid and m.role <> 'owner'`,
      [orgId, shape.ratingsPerStatement],
    );
    await client.query(
      `insert into "CurrentRating" ("organizationId", "membershipId", "statementId", "programId", "ratingId", level,
                                    "statementRevision", "ratedAt")
       select distinct on (r."membershipId", r."statementId")
              r."organizationId", r."membershipId", r."statementId", r."programId", r.id, r.level, r."statementRevision", r."createdAt"
         from "Rating" r
        where r."organizationId" = $1::uuid
        order by r."membershipId", r."statementId", r."createdAt" desc`,
      [orgId],
    );
    await client.query(
      `insert into "HelpRequest" (id, "organizationId", "membershipId", "programId", "statementId", "createdAt")
       select gen_random_uuid(), $1::uuid, c."membershipId", c."programId", c."statementId", c."ratedAt"
         from "CurrentRating" c join "Rating" r on r.id = c."ratingId"
        where c."organizationId" = $1::uuid and r."wantsHelp"`,
      [orgId],
    );
    await client.query(
      `insert into "ResourceCompletion" ("organizationId", "membershipId", "programId", "resourceId", "resourceRevision", "completedAt")
       select $1::uuid, m.id, res."programId", res.id, 1, now() - random() * interval '90 days'
         from "Membership" m
         join "ProgramResource" res on res."organizationId" = $1::uuid
        where m."organizationId" = $1::uuid and m.role <> 'owner' and random() < 0.8`,
      [orgId],
    );
    await client.query("commit");
    return orgId;
  } catch (error) {
    await client.query("rollback");
    throw error;
  }
}
