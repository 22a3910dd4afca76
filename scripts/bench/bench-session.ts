// The bench organization's first person (`<slug>-1@bench.example`, a manager and a learner) signed
// in with a fresh database session, and what a bench item reads about them first, as the
// application role under row-level security in that person's organization.
import { randomBytes } from "node:crypto";
import pg from "pg";

export async function signInBenchPerson<T>(
  appUrl: string,
  slug: string,
  read: (client: pg.PoolClient, userId: string) => Promise<T>,
): Promise<T & { token: string }> {
  const pool = new pg.Pool({ connectionString: appUrl, max: 1 });
  const client = await pool.connect();
  try {
    const user = await client.query<{ id: string }>(`select id::text from "User" where email = $1`, [
      `${slug}-1@bench.example`,
    ]);
    const userId = user.rows[0]?.id;
    if (!userId) throw new Error(`bench person ${slug}-1 not found: run with BENCH_RESEED=1`);
    await client.query("begin");
    await client.query(`select set_config('app.user_id', $1, true)`, [userId]);
    const org = await client.query<{ id: string }>(`select id::text from "Organization" where slug = $1`, [
      slug,
    ]);
    await client.query(`select set_config('app.org_id', $1, true)`, [org.rows[0]!.id]);
    const found = await read(client, userId);
    await client.query("commit");
    const token = randomBytes(32).toString("hex");
    await client.query(
      `insert into "Session" (id, "sessionToken", "userId", expires) values (gen_random_uuid(), $1, $2::uuid, now() + interval '1 day')`,
      [token, userId],
    );
    return { ...found, token };
  } finally {
    client.release();
    await pool.end();
  }
}
