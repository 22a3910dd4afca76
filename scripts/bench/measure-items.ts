// The second half of `npm run bench` (started by run.ts with APP_DATABASE_URL pointing at the
// bench database): each item calls the app's own domain code exactly as a request would, through
// withTenant as the application role under row-level security; its floor does the same work in
// hand-written SQL through `pg`, as the same role in the same organization.
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { withTenant } from "@/lib/db/tenant";
import { getEnv, databaseUrls } from "@/lib/env";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { copyLibraryProgram } from "@/lib/programs/copy-library-program";
import { DECOY_ORGANIZATION } from "./seed-bench-data";
import { formatResults, measure, type BenchItem } from "./stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const FLAGSHIP = "handtere-avvisning";

function toContext(
  row: { id: string; name: string; membership_id: string; user_id: string },
  slug: string,
): WorkspaceContext {
  return {
    orgId: row.id,
    orgSlug: slug,
    orgName: row.name,
    orgLanguage: "nb",
    membershipId: row.membership_id,
    role: "owner",
    userId: row.user_id,
  };
}

/** Runs `sql` statements in one transaction as the application role inside the organization. */
async function inOrganization(
  pool: pg.Pool,
  ctx: WorkspaceContext,
  work: (client: pg.PoolClient) => Promise<void>,
) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(`select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
      ctx.orgId,
      ctx.userId,
    ]);
    await work(client);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}

async function main() {
  const appUrl = databaseUrls(getEnv()).appUrl;
  const pool = new pg.Pool({ connectionString: appUrl, max: 4 });
  const decoy = await findOrganization(pool, DECOY_ORGANIZATION.slug);

  const items: BenchItem[] = [
    {
      name: "copy-program",
      target: 3,
      note: `"${FLAGSHIP}" into ${DECOY_ORGANIZATION.name} vs one INSERT … SELECT transaction`,
      run: () =>
        withTenant({ orgId: decoy.orgId, userId: decoy.userId }, (tx) =>
          copyLibraryProgram({
            tx,
            ctx: decoy,
            librarySlug: FLAGSHIP,
            requestKey: randomUUID(),
            again: true,
          }),
        ),
      floor: () =>
        inOrganization(pool, decoy, async (client) => {
          const programId = randomUUID();
          await client.query(
            `insert into "Program" (id, "organizationId", title, tagline, summary, quote, status, "sourceProgramId",
                                    "sourceVersion", "copyRequestKey", "createdById", "createdAt", "updatedAt")
             select $1::uuid, $2::uuid, title, tagline, summary, quote, 'draft', id, "currentVersion", $1::text, $3::uuid, now(), now()
               from "LibraryProgram" where slug = $4`,
            [programId, decoy.orgId, decoy.userId, FLAGSHIP],
          );
          await client.query(
            `with statements as (
               insert into "ProgramStatement" (id, "organizationId", "programId", key, position, kind, text,
                                               "reflectionPrompts", "createdAt", "updatedAt")
               select gen_random_uuid(), $2::uuid, $1::uuid, s.key, s.position, s.kind, s.text, s."reflectionPrompts", now(), now()
                 from "LibraryStatement" s join "LibraryProgram" p on p.id = s."programId" where p.slug = $3
               returning id, key)
             insert into "ProgramResource" (id, "organizationId", "programId", "statementId", key, position, title, body,
                                            "createdAt", "updatedAt")
             select gen_random_uuid(), $2::uuid, $1::uuid, st.id, r.key, r.position, r.title, r.body, now(), now()
               from statements st
               join "LibraryStatement" ls on ls.key = st.key
               join "LibraryProgram" p on p.id = ls."programId" and p.slug = $3
               join "LibraryResource" r on r."statementId" = ls.id`,
            [programId, decoy.orgId, FLAGSHIP],
          );
        }),
    },
  ];

  const results = await measure(items, { runs: RUNS, warmup: WARMUP });
  const notes = Object.fromEntries(items.map((item) => [item.name, item.note ?? ""]));
  console.log(`\nMedian of ${RUNS} interleaved runs each (after ${WARMUP} warm-up rounds):\n`);
  console.log(formatResults(results, notes));
  const file = path.join(process.cwd(), "bench-results.json");
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
  await pool.end();
  const missed = results.filter((result) => result.ratio > result.target);
  process.exitCode = missed.length > 0 ? 1 : 0;
}

/**
 * The bench organization's owner as a workspace context. The application role sees an
 * organization only as one of its members (RLS), so the owner is found by the seeded address.
 */
async function findOrganization(pool: pg.Pool, slug: string): Promise<WorkspaceContext> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const user = await client.query<{ id: string }>(`select id::text from "User" where email = $1`, [
      `${slug}-0@bench.example`,
    ]);
    const userId = user.rows[0]?.id;
    if (!userId) throw new Error(`bench organization ${slug} not found: run with BENCH_RESEED=1`);
    await client.query(`select set_config('app.user_id', $1, true)`, [userId]);
    const { rows } = await client.query<{ id: string; name: string; membership_id: string; user_id: string }>(
      `select o.id::text, o.name, m.id::text as membership_id, m."userId"::text as user_id
         from "Organization" o join "Membership" m on m."organizationId" = o.id
        where o.slug = $1 and m."userId" = $2::uuid`,
      [slug, userId],
    );
    await client.query("commit");
    if (!rows[0]) throw new Error(`bench organization ${slug} has no owner`);
    return toContext(rows[0], slug);
  } finally {
    client.release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
