// npm start: the app built when stale while the database starts, is migrated and gets the library and
// demo data; then served.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { databaseUrls, getEnv } from "../lib/env";
import { seedLibraryAt, summarizeSeed } from "../lib/library/seed-library";
import { startBuildIfStale } from "./build-if-stale";
import { runCli } from "./db/run-cli";
import { applyMigrations } from "./db/schema-engine";
import { describe, ensureDatabaseServer } from "./db/server";
import { serveApp } from "./serve-app";

runCli(async () => {
  const env = getEnv();
  // The database is started, migrated and seeded while the build type-checks (one core).
  const build = startBuildIfStale({ ...process.env, APP_DATABASE_URL: databaseUrls(env).appUrl });
  // A build that fails while compiling stops here, before the database is touched.
  await Promise.race([build.compiled, build.done]);
  const server = await ensureDatabaseServer().catch((error: unknown) => {
    build.stop();
    throw error;
  });
  try {
    const applied = await applyMigrations(server.ownerUrl);
    console.log(
      applied.length === 0
        ? `Database ${describe(server.ownerUrl)} is up to date.`
        : `Applied ${applied.length} migration(s) to ${describe(server.ownerUrl)}.`,
    );
    console.log(summarizeSeed(await seedLibraryAt(server.ownerUrl)));
    // EVNE_DEMO=0 leaves the demo organization out (e.g. a production database).
    if (process.env.EVNE_DEMO !== "0") seedDemoData(server.appUrl);
    await build.done;
  } catch (error) {
    build.stop();
    await server.stop();
    throw error;
  }
  return serveApp({ server, appUrl: server.appUrl, port: env.PORT, host: env.HOST });
});

/** The demo organization, in a process of its own (server-only modules need the react-server condition). */
function seedDemoData(appUrl: string) {
  const result = spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), "--conditions=react-server", path.join(__dirname, "db", "seed-demo.ts")],
    { env: { ...process.env, APP_DATABASE_URL: appUrl }, stdio: "inherit" },
  );
  if (result.status !== 0)
    throw new Error(`loading the demo data failed (exit ${result.status ?? result.signal})`);
}
