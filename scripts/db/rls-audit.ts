// What `npm run db:audit` checks: every tenant table is under row-level security that binds even
// its owner and has a policy on the request's organization, and the application role can get
// around none of it. Takes a connected pg client, so tests can run it against any database.
import type pg from "pg";

export type TableAudit = {
  table: string;
  rlsEnabled: boolean;
  rlsForced: boolean;
  policies: string[];
  /** Policies whose condition reads current_setting('app.org_id', …). */
  orgPolicies: string[];
};

export type RoleAudit = {
  role: string;
  exists: boolean;
  superuser: boolean;
  bypassRls: boolean;
  /** Tables, views and sequences the role owns (owners are not bound by RLS unless it is forced). */
  ownedRelations: string[];
  /** Roles it is a member of that are superusers, bypass RLS or own tables. */
  powerfulRoles: string[];
};

export type RlsAudit = { tables: TableAudit[]; role: RoleAudit; problems: string[] };

/** The tenant root: its id is the organization id, so it has no organizationId column. */
const TENANT_ROOT = "Organization";

export async function auditRowLevelSecurity(client: pg.Client, appRole: string): Promise<RlsAudit> {
  const { rows: tableRows } = await client.query<{
    table: string;
    rls_enabled: boolean;
    rls_forced: boolean;
    policies: string[];
    org_policies: string[];
  }>(
    `select c.relname as table, c.relrowsecurity as rls_enabled, c.relforcerowsecurity as rls_forced,
            coalesce(array_agg(p.polname::text order by p.polname) filter (where p.polname is not null), '{}'::text[]) as policies,
            coalesce(array_agg(p.polname::text order by p.polname) filter (
              where pg_get_expr(p.polqual, p.polrelid) like '%app.org_id%'
                 or pg_get_expr(p.polwithcheck, p.polrelid) like '%app.org_id%'), '{}'::text[]) as org_policies
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_policy p on p.polrelid = c.oid
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and (c.relname = $1 or exists (
              select 1 from pg_attribute a
               where a.attrelid = c.oid and a.attname = 'organizationId' and not a.attisdropped))
      group by c.oid, c.relname, c.relrowsecurity, c.relforcerowsecurity
      order by c.relname`,
    [TENANT_ROOT],
  );
  const tables: TableAudit[] = tableRows.map((row) => ({
    table: row.table,
    rlsEnabled: row.rls_enabled,
    rlsForced: row.rls_forced,
    policies: row.policies,
    orgPolicies: row.org_policies,
  }));

  const { rows: roleRows } = await client.query<{ superuser: boolean; bypass_rls: boolean }>(
    "select rolsuper as superuser, rolbypassrls as bypass_rls from pg_roles where rolname = $1",
    [appRole],
  );
  const roleRow = roleRows[0];
  const owned = roleRow
    ? (
        await client.query<{ name: string }>(
          `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relowner = (select oid from pg_roles where rolname = $1) order by 1`,
          [appRole],
        )
      ).rows.map((row) => row.name)
    : [];
  const powerful = roleRow
    ? (
        await client.query<{ name: string }>(
          `select r.rolname as name from pg_roles r
            where r.rolname <> $1 and pg_has_role($1, r.oid, 'MEMBER')
              and (r.rolsuper or r.rolbypassrls or exists (select 1 from pg_class c where c.relowner = r.oid))
            order by 1`,
          [appRole],
        )
      ).rows.map((row) => row.name)
    : [];
  const role: RoleAudit = {
    role: appRole,
    exists: roleRow !== undefined,
    superuser: roleRow?.superuser ?? false,
    bypassRls: roleRow?.bypass_rls ?? false,
    ownedRelations: owned,
    powerfulRoles: powerful,
  };

  const problems: string[] = [];
  if (!tables.some((table) => table.table === TENANT_ROOT)) problems.push(`table "${TENANT_ROOT}" not found`);
  for (const table of tables) {
    if (!table.rlsEnabled) problems.push(`"${table.table}": row-level security is not enabled`);
    if (!table.rlsForced) problems.push(`"${table.table}": row-level security is not forced`);
    if (table.policies.length === 0) problems.push(`"${table.table}": has no policy`);
    else if (table.orgPolicies.length === 0) problems.push(`"${table.table}": no policy reads app.org_id`);
  }
  if (!role.exists) problems.push(`role ${appRole} does not exist`);
  if (role.superuser) problems.push(`role ${appRole} is a superuser`);
  if (role.bypassRls) problems.push(`role ${appRole} has BYPASSRLS`);
  if (role.ownedRelations.length > 0) problems.push(`role ${appRole} owns ${role.ownedRelations.join(", ")}`);
  if (role.powerfulRoles.length > 0) {
    problems.push(
      `role ${appRole} is a member of ${role.powerfulRoles.join(", ")} (superuser, BYPASSRLS or table owner)`,
    );
  }
  return { tables, role, problems };
}
