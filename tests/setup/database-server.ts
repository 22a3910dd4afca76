// Vitest global setup for the integration project: one Postgres server (embedded unless DATABASE_URL
// is set) and one migrated template database per run; tests/setup/test-database.ts copies it per file.
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/db/schema-engine";
import { ensureDatabaseServer } from "../../scripts/db/server";
import { withDatabase } from "../../lib/env";
import {
  createDatabase,
  dropDatabase,
  dropStaleTestDatabases,
  otherRunsActive,
  testDatabaseName,
} from "../support/test-databases";
import { TEST_PG_DIR, TEST_PG_PORT } from "../support/test-server";


export default async function setup(project: TestProject) {
  const started = Date.now();
  const server = await ensureDatabaseServer({
    dataDir: TEST_PG_DIR,
    port: TEST_PG_PORT,
    unsafeFast: true,
    log: () => {},
  });
  const template = testDatabaseName("tpl");
  try {
    await dropStaleTestDatabases(server.adminUrl);
    await createDatabase(server.adminUrl, template, { owner: server.ownerRole });
    await applyMigrations(withDatabase(server.ownerUrl, template));
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide("testDatabaseServer", {
    adminUrl: server.adminUrl,
    ownerUrl: server.ownerUrl,
    appUrl: server.appUrl,
    ownerRole: server.ownerRole,
    template,
  });
  console.log(`[db] template ${template} ready in ${Date.now() - started} ms (${server.mode} server)`);

  return async () => {
    await dropDatabase(server.adminUrl, template);
    if (!server.startedHere) return;
    // Another run in this work tree may be using the server this run started: let it finish first.
    const deadline = Date.now() + 15 * 60_000;
    let told = false;
    while (Date.now() < deadline && (await otherRunsActive(server.adminUrl, template))) {
      if (!told)
        console.log("[db] another test run is using the test database server; waiting for it to finish");
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await server.stop();
  };
}
