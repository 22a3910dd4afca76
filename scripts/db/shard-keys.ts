// What `npm run db:shard-check` checks (issue 22, ADR 035): that every tenant table could be a
// Citus table distributed by "organizationId". Citus enforces a primary key or unique constraint
// only when it contains the distribution column, and a foreign key between two distributed tables
// only when both sides include it; so each tenant table's primary key, every unique index, and
// every foreign key to another tenant table must name "organizationId". Foreign keys to global
// tables (User, the library), which become reference tables, are fine. Takes a connected client,
// so tests can run it against any database.
import type pg from "pg";

/** The tenant root: distributed by its own id, which is every other table's organizationId. */
const TENANT_ROOT = "Organization";
const SHARD_KEY = "organizationId";

/**
 * Global lookups that carry an organizationId but are keyed by something else on purpose (ADR 040):
 * Citus reference tables, copied to every node. Their keys need not name the organization; they
 * may have no foreign key to a tenant table (Citus allows none from a reference table to a
 * distributed one), which this check holds them to instead.
 */
export const REFERENCE_TABLES: ReadonlySet<string> = new Set(["InvitationToken", "VerifiedDomain"]);

export type ShardKeyProblem = {
  table: string;
  kind: "primary key" | "unique index" | "foreign key";
  name: string;
  columns: string[];
};

export async function checkShardKeys(
  client: pg.Client,
): Promise<{ tables: string[]; references: string[]; problems: ShardKeyProblem[] }> {
  const { rows: tableRows } = await client.query<{ table: string }>(
    `select c.relname as table
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and exists (select 1 from pg_attribute a
                     where a.attrelid = c.oid and a.attname = $1 and not a.attisdropped)
      order by c.relname`,
    [SHARD_KEY],
  );
  const tables = tableRows.map((row) => row.table).filter((table) => !REFERENCE_TABLES.has(table));
  const tenant = new Set([...tables, TENANT_ROOT]);
  const references = tableRows.map((row) => row.table).filter((table) => REFERENCE_TABLES.has(table));

  // Unique indexes include the primary key's; constraints carry the foreign keys' both sides.
  const { rows: indexRows } = await client.query<{
    table: string;
    name: string;
    primary: boolean;
    columns: string[];
  }>(
    `select t.relname as table, i.relname as name, x.indisprimary as primary,
            array(select a.attname::text from unnest(x.indkey) with ordinality k(attnum, ord)
                   join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.ord) as columns
       from pg_index x
       join pg_class t on t.oid = x.indrelid
       join pg_class i on i.oid = x.indexrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and x.indisunique and t.relname = any($1)
      order by t.relname, i.relname`,
    [tables],
  );
  const { rows: foreignRows } = await client.query<{
    table: string;
    name: string;
    columns: string[];
    target: string;
    targetColumns: string[];
  }>(
    `select t.relname as table, c.conname as name, f.relname as target,
            array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, ord)
                   join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.ord) as columns,
            array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, ord)
                   join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.ord) as "targetColumns"
       from pg_constraint c
       join pg_class t on t.oid = c.conrelid
       join pg_class f on f.oid = c.confrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and c.contype = 'f' and t.relname = any($1)
      order by t.relname, c.conname`,
    [[...tables, ...references]],
  );

  const problems: ShardKeyProblem[] = [];
  for (const index of indexRows)
    if (!index.columns.includes(SHARD_KEY))
      problems.push({
        table: index.table,
        kind: index.primary ? "primary key" : "unique index",
        name: index.name,
        columns: index.columns,
      });
  for (const key of foreignRows) {
    if (!tenant.has(key.target)) continue;
    if (REFERENCE_TABLES.has(key.table)) {
      problems.push({ table: key.table, kind: "foreign key", name: key.name, columns: key.columns });
      continue;
    }
    // To the root, the key is organizationId itself; to another tenant table, organizationId
    // must pair with organizationId, so both rows live on the same shard.
    const pairsShardKey =
      key.target === TENANT_ROOT
        ? key.columns.includes(SHARD_KEY)
        : key.columns.some((column, index) => column === SHARD_KEY && key.targetColumns[index] === SHARD_KEY);
    if (!pairsShardKey)
      problems.push({ table: key.table, kind: "foreign key", name: key.name, columns: key.columns });
  }
  return { tables, references, problems };
}
