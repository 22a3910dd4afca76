// Row count and content checksum of every table in a database's public schema, read as a role
// that bypasses row-level security. Rows are hashed in their text form, sorted, so two databases
// with the same content give the same checksums whatever the physical order.
import pg from "pg";

export type TableChecksum = { rows: number; md5: string };

export async function tableChecksums(url: string): Promise<Record<string, TableChecksum>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    );
    const result: Record<string, TableChecksum> = {};
    for (const { name } of tables) {
      const table = pg.escapeIdentifier(name);
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text collate "C"), '')) as md5
           from ${table} t`,
      );
      result[name] = rows[0]!;
    }
    return result;
  } finally {
    await client.end();
  }
}

/** What a restore must keep besides the rows: each table's owner and RLS switches, its policies and grants. */
export async function securityFingerprint(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ line: string }>(
      `select format('table %s owner %s rls %s force %s', c.relname, pg_get_userbyid(c.relowner),
                     c.relrowsecurity, c.relforcerowsecurity) as line
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
       union all
       select format('policy %s.%s %s %s using %s check %s', tablename, policyname, cmd, roles, qual, with_check)
         from pg_policies where schemaname = 'public'
       union all
       select format('grant %s on %s to %s', privilege_type, table_name, grantee)
         from information_schema.role_table_grants where table_schema = 'public' and grantee = 'evne_app'
       order by 1`,
    );
    return rows.map((row) => row.line);
  } finally {
    await client.end();
  }
}
