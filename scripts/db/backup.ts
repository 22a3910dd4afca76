// npm run db:backup -- <file> [--force]: the app database as one pg_dump archive (custom format):
// schema, data, row-level security policies, grants and the migration history. ADR 013.
// It connects as DATABASE_URL (the embedded server's superuser without it). Every tenant table is
// under FORCE ROW LEVEL SECURITY, which binds its owner too, so the owner cannot dump it: the role
// must be a superuser or have BYPASSRLS (a read-only `evne_backup` role, see README).
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { DATABASE_NAME, getEnv, withDatabase } from "../../lib/env";
import { connectionOf, findPgTool, PgToolError, runPgTool } from "./pg-client-tools";
import { runCli } from "./run-cli";
import { describe, ensureDatabaseServer, withClient, type DatabaseServer } from "./server";

const usage = "usage: npm run db:backup -- <file> [--force]";

runCli(async () => {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((arg) => !arg.startsWith("--"));
  if (files.length !== 1 || args.some((arg) => arg.startsWith("--") && arg !== "--force"))
    throw new PgToolError(usage);
  const file = path.resolve(files[0]!);
  if (existsSync(file) && !force)
    throw new PgToolError(`${file} exists: choose another name, or add --force.`);

  const env = getEnv();
  let server: DatabaseServer | undefined;
  let url = env.DATABASE_URL;
  if (url === undefined) {
    server = await ensureDatabaseServer({ log: () => {} });
    url = withDatabase(server.adminUrl, DATABASE_NAME);
  }
  try {
    const pgDump = findPgTool("pg_dump");
    const about = await withClient(url, async (client) => {
      const { rows } = await client.query<{
        version: number;
        release: string;
        role: string;
        bypasses: boolean;
      }>(
        `select current_setting('server_version_num')::int as version, current_setting('server_version') as release,
                current_user as role, (rolsuper or rolbypassrls) as bypasses
           from pg_roles where rolname = current_user`,
      );
      return rows[0]!;
    });
    const serverMajor = Math.floor(about.version / 10_000);
    if (pgDump.major < serverMajor) {
      throw new PgToolError(
        `the server is PostgreSQL ${about.release} but the newest pg_dump here is ${pgDump.version}: ` +
          `pg_dump must be of the server's major version or newer (install postgresql-client-${serverMajor}).`,
      );
    }
    if (!about.bypasses) {
      throw new PgToolError(
        `role ${about.role} is bound by row-level security and would miss tenant rows: back up as a superuser ` +
          `or a role with BYPASSRLS (e.g. CREATE ROLE evne_backup LOGIN BYPASSRLS PASSWORD '…' IN ROLE pg_read_all_data).`,
      );
    }

    // Written beside the target and renamed at the end: a failed dump never leaves a file that looks whole.
    const partial = `${file}.partial`;
    const { dbname, env: toolEnv } = connectionOf(url);
    try {
      await runPgTool(
        pgDump,
        ["--format=custom", "--no-password", `--file=${partial}`, `--dbname=${dbname}`],
        toolEnv,
      );
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    renameSync(partial, file);
    const kib = Math.ceil(statSync(file).size / 1024);
    console.log(
      `Backed up ${describe(url)} (PostgreSQL ${about.release}) to ${file} (${kib} KiB) with pg_dump ${pgDump.version}.`,
    );
  } finally {
    await server?.stop();
  }
});
