// npm run db:restore -- <file> [database] [--replace]: restores a db:backup archive into a NEW
// database (default <current>_restored_<time>) as the owner role, so the restored tables belong to
// it and the application role gets exactly the grants and policies of the backup. ADR 013.
// --replace restores under a temporary name first, then renames: the existing database is kept as
// <name>_before_restore_<time>, never dropped.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { DATABASE_NAME, getEnv, withDatabase } from "../../lib/env";
import { connectionOf, findPgTool, PgToolError, runPgTool, timestamp } from "./pg-client-tools";
import { runCli } from "./run-cli";
import { describe, ensureDatabaseServer, withClient, type DatabaseServer } from "./server";

const usage = "usage: npm run db:restore -- <file> [database] [--replace]";
const DATABASE_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

runCli(async () => {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const positional = args.filter((arg) => !arg.startsWith("--"));
  if (
    positional.length < 1 ||
    positional.length > 2 ||
    args.some((arg) => arg.startsWith("--") && arg !== "--replace")
  )
    throw new PgToolError(usage);
  const file = path.resolve(positional[0]!);
  if (!existsSync(file)) throw new PgToolError(`${file} does not exist.`);

  const env = getEnv();
  let server: DatabaseServer | undefined;
  let ownerUrl = env.DATABASE_URL;
  if (ownerUrl === undefined) {
    server = await ensureDatabaseServer({ log: () => {} });
    ownerUrl = server.ownerUrl;
  }
  try {
    const current = decodeURIComponent(new URL(ownerUrl).pathname.slice(1)) || DATABASE_NAME;
    const stamp = timestamp();
    const target = positional[1] ?? `${current}_restored_${stamp}`;
    if (!DATABASE_NAME_PATTERN.test(target))
      throw new PgToolError(
        `"${target}" is not a database name this script makes: use a-z, 0-9 and _ (max 63).`,
      );

    const pgRestore = findPgTool("pg_restore");
    const exists = await withClient(ownerUrl, async (client) => {
      const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [target]);
      return rowCount !== 0;
    });
    if (exists && !replace) {
      throw new PgToolError(
        `database ${target} exists: restore into a new name, or add --replace (it keeps the old one as ${target}_before_restore_<time>).`,
      );
    }
    const restoreInto = exists ? `${target}_restoring_${stamp}` : target;

    await withClient(ownerUrl, (client) =>
      client.query(`CREATE DATABASE ${pg.escapeIdentifier(restoreInto)} TEMPLATE template0 ENCODING 'UTF8'`),
    );
    const restoredUrl = withDatabase(ownerUrl, restoreInto);
    try {
      const { dbname, env: toolEnv } = connectionOf(restoredUrl);
      // --no-owner: objects belong to the restoring owner role (whatever its name on this server);
      // grants to evne_app, policies and FORCE stay. One transaction: all of it or nothing.
      await runPgTool(
        pgRestore,
        [
          "--no-owner",
          "--single-transaction",
          "--exit-on-error",
          "--no-password",
          `--dbname=${dbname}`,
          file,
        ],
        toolEnv,
      );
      // pg_restore leaves the planner without statistics; the dashboards' grouped queries need them.
      await withClient(restoredUrl, (client) => client.query("ANALYZE"));
    } catch (error) {
      await withClient(ownerUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(restoreInto)}`),
      ).catch(() => {});
      throw error;
    }

    if (restoreInto !== target)
      await swapDatabases(ownerUrl, target, restoreInto, `${target}_before_restore_${stamp}`);

    const migrations = await withClient(withDatabase(ownerUrl, target), async (client) => {
      const { rows } = await client.query<{ count: number }>(
        "select count(*)::int as count from _prisma_migrations where finished_at is not null",
      );
      return rows[0]?.count ?? 0;
    });
    console.log(
      `Restored ${path.basename(file)} into ${describe(withDatabase(ownerUrl, target))} with pg_restore ${pgRestore.version} (${migrations} migrations recorded).`,
    );
    if (restoreInto !== target)
      console.log(`The previous database is kept as ${target}_before_restore_${stamp}.`);
    console.log(pointTheAppAt(ownerUrl, target, server === undefined));
  } finally {
    await server?.stop();
  }
});

/** Renames `target` out of the way and `restored` into its place; both must be free of connections. */
async function swapDatabases(ownerUrl: string, target: string, restored: string, keptAs: string) {
  // A database cannot be renamed from a connection to it: work from the maintenance database.
  await withClient(withDatabase(ownerUrl, "postgres"), async (client) => {
    try {
      await client.query(
        `ALTER DATABASE ${pg.escapeIdentifier(target)} RENAME TO ${pg.escapeIdentifier(keptAs)}`,
      );
    } catch (error) {
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(restored)}`).catch(() => {});
      throw new PgToolError(
        `could not move ${target} aside (stop the app and every other connection to it first): ${(error as Error).message}`,
      );
    }
    await client.query(
      `ALTER DATABASE ${pg.escapeIdentifier(restored)} RENAME TO ${pg.escapeIdentifier(target)}`,
    );
  });
}

function pointTheAppAt(ownerUrl: string, database: string, external: boolean): string {
  const url = new URL(withDatabase(ownerUrl, database));
  const shown = `${url.protocol}//${url.username}${url.password === "" ? "" : ":…"}@${url.host}${url.pathname}`;
  if (!external && database === DATABASE_NAME) return "Start the app as usual: npm start.";
  return external
    ? `Start the app on it: DATABASE_URL=${shown} npm start`
    : `Start the app on it: npm run db:start (one terminal), then DATABASE_URL=${shown} npm start (another).`;
}
