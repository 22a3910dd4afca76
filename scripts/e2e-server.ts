// The server Playwright tests against: a fresh, migrated and seeded database on the test
// Postgres, the production build (made when stale), and the app server (scripts/app-server.ts) on
// E2E_PORT with two processes, so that the tests see what npm start runs on a two-core machine.
import { APP_ROLE, databaseUrls, getEnv, withCredentials, withDatabase } from "../lib/env";
import { seedLibraryAt, summarizeSeed } from "../lib/library/seed-library";
import { TEST_PG_DIR, TEST_PG_PORT } from "../tests/support/test-server";
import { startBuildIfStale } from "./build-if-stale";
import { runCli } from "./db/run-cli";
import { applyMigrations } from "./db/schema-engine";
import { ensureDatabaseServer, withClient } from "./db/server";
import { serveApp } from "./serve-app";

const E2E_DATABASE = "evne_e2e";

runCli(async () => {
  const env = getEnv();
  const ownerUrl = withDatabase(
    databaseUrls({ ...env, EMBEDDED_PG_PORT: TEST_PG_PORT }).ownerUrl,
    E2E_DATABASE,
  );
  const appUrl = withCredentials(ownerUrl, APP_ROLE, env.APP_DATABASE_PASSWORD);
  // The database is created, migrated and seeded while the build type-checks (one core).
  const build = startBuildIfStale({ ...process.env, APP_DATABASE_URL: appUrl });
  // A build that fails while compiling stops here, before the database is touched.
  await Promise.race([build.compiled, build.done]);
  const server = await ensureDatabaseServer({
    dataDir: TEST_PG_DIR,
    port: TEST_PG_PORT,
    unsafeFast: true,
  }).catch((error: unknown) => {
    build.stop();
    throw error;
  });
  try {
    await withClient(server.adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${E2E_DATABASE} OWNER ${server.ownerRole}`);
    });
    await applyMigrations(ownerUrl);
    console.log(summarizeSeed(await seedLibraryAt(ownerUrl)));
    await build.done;
  } catch (error) {
    build.stop();
    await server.stop();
    throw error;
  }
  return serveApp({
    server,
    appUrl,
    port: Number(process.env.E2E_PORT ?? 3100),
    host: "127.0.0.1",
    env: { APP_PROCESSES: "2", ...process.env },
  });
});
