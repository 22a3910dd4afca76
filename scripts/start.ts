// npm start: database up, migrations applied, library and demo data loaded, app built when stale, then served.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { getEnv } from "../lib/env";
import { seedLibraryAt, summarizeSeed } from "../lib/library/seed-library";
import { buildIfStale } from "./build-if-stale";
import { runCli } from "./db/run-cli";
import { applyMigrations } from "./db/schema-engine";
import { describe, ensureDatabaseServer } from "./db/server";
import { serveApp } from "./serve-app";

runCli(async () => {
  const env = getEnv();
  const server = await ensureDatabaseServer();
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
    buildIfStale({ ...process.env, APP_DATABASE_URL: server.appUrl });
  } catch (error) {
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
