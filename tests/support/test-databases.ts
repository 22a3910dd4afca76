// Names and lifecycle of the throw-away databases the integration tests use.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { withClient } from "../../scripts/db/server";

/** What the global setup hands to every test file (vitest `provide`/`inject`). */
export type TestDatabaseServer = {
  adminUrl: string;
  ownerUrl: string;
  appUrl: string;
  ownerRole: string;
  template: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServer: TestDatabaseServer;
  }
}

const PREFIX = "evne_t";
/** A run that left databases this old behind has crashed; its databases may go. */
const STALE_AFTER_SECONDS = 2 * 60 * 60;

/** evne_t<kind>_<unix seconds>_<random>: the time lets a later run clean up after a crashed one. */
export function testDatabaseName(kind: "tpl" | "db"): string {
  return `${PREFIX}${kind}_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
}

export async function createDatabase(
  adminUrl: string,
  name: string,
  options: { owner: string; template?: string },
) {
  const template = options.template === undefined ? "" : ` TEMPLATE ${pg.escapeIdentifier(options.template)}`;
  await withClient(adminUrl, (client) =>
    client.query(
      `CREATE DATABASE ${pg.escapeIdentifier(name)}${template} OWNER ${pg.escapeIdentifier(options.owner)}`,
    ),
  );
}

export async function dropDatabase(adminUrl: string, name: string) {
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

/** Test databases on the server, with their age in seconds. */
export async function listTestDatabases(adminUrl: string): Promise<{ name: string; ageSeconds: number }[]> {
  const { rows } = await withClient(adminUrl, (client) =>
    client.query<{ datname: string }>("select datname from pg_database where datname like $1", [
      `${PREFIX}%`,
    ]),
  );
  const now = Date.now() / 1000;
  return rows.map(({ datname }) => ({ name: datname, ageSeconds: now - Number(datname.split("_")[2] ?? 0) }));
}

export async function dropStaleTestDatabases(adminUrl: string): Promise<void> {
  for (const { name, ageSeconds } of await listTestDatabases(adminUrl)) {
    if (ageSeconds > STALE_AFTER_SECONDS) await dropDatabase(adminUrl, name);
  }
}

/** Another test run is using the server while it has a template that is not stale. */
export async function otherRunsActive(adminUrl: string, ownTemplate: string): Promise<boolean> {
  return (await listTestDatabases(adminUrl)).some(
    ({ name, ageSeconds }) =>
      name.startsWith(`${PREFIX}tpl_`) && name !== ownTemplate && ageSeconds <= STALE_AFTER_SECONDS,
  );
}
