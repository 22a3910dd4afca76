// npm run load — issue 8's reliability figures. Its own embedded Postgres (LOAD_PG_PORT, data in
// .data/load-postgres) with a fresh database, migrations and the library; the production build
// served by the app server (scripts/app-server.ts) on loopback (LOAD_PORT), as npm start serves it
// (APP_PROCESSES processes, default one per core); 50 signed-in learners.
// Phase 1: LOAD_CONNECTIONS learners read resources and rate statements for LOAD_DURATION_S.
// Phase 2: the same, with Postgres restarted in the middle. Phase 3: SIGTERM to the app under
// load. Phase 4: a fresh app under four times the learners (503 instead of resets), then SIGTERM.
// Writes load-results.json and exits non-zero when a target is missed.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { APP_ROLE, getEnv, withCredentials, withDatabase } from "../../lib/env";
import { seedLibraryAt } from "../../lib/library/seed-library";
import { buildIfStale } from "../build-if-stale";
import { runCli } from "../db/run-cli";
import { applyMigrations } from "../db/schema-engine";
import { ensureDatabaseServer, withClient, type ServerOptions } from "../db/server";
import { startAppServer, waitUntilHealthy } from "../serve-app";
import { captureFirstLearnerRating } from "./capture-rating-request";
import {
  runLoadPhase,
  runOverloadPhase,
  runRestartPhase,
  runSigtermPhase,
  type PhaseContext,
} from "./phases";
import { seedLearners } from "./seed-learners";

const LOAD_DATABASE = "evne_load";
const root = path.resolve(__dirname, "..", "..");

runCli(async () => {
  const env = getEnv();
  const settings = {
    durationS: Number(process.env.LOAD_DURATION_S ?? 60),
    connections: Number(process.env.LOAD_CONNECTIONS ?? 50),
    learners: 50,
    port: Number(process.env.LOAD_PORT ?? 3200),
  };
  // Its own server, never npm start's or the tests': phase 2 stops and starts it.
  const serverOptions: ServerOptions = {
    dataDir: ".data/load-postgres",
    port: Number(process.env.LOAD_PG_PORT ?? 54331),
    env: { ...env, DATABASE_URL: undefined },
  };
  let server = await ensureDatabaseServer(serverOptions);
  let app: ChildProcess | undefined;
  try {
    if (!server.startedHere)
      throw new Error(
        `a Postgres already runs on port ${serverOptions.port}: the load test must start (and restart) its own`,
      );
    const ownerUrl = withDatabase(server.ownerUrl, LOAD_DATABASE);
    const appUrl = withCredentials(ownerUrl, APP_ROLE, env.APP_DATABASE_PASSWORD);
    await withClient(server.adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${LOAD_DATABASE} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${LOAD_DATABASE} OWNER ${server.ownerRole}`);
    });
    await applyMigrations(ownerUrl);
    await seedLibraryAt(ownerUrl);
    buildIfStale({ ...process.env, APP_DATABASE_URL: appUrl });
    const plan = seedLearners(appUrl, settings.learners);

    const baseUrl = `http://127.0.0.1:${settings.port}`;
    mkdirSync(path.join(root, ".data"), { recursive: true });
    const logFile = path.join(root, ".data", "load-app.log");
    writeFileSync(logFile, "");
    const startApp = async () => {
      const started = startAppServer({
        appUrl,
        port: settings.port,
        host: "127.0.0.1",
        stdio: ["ignore", "pipe", "pipe"],
      });
      started.stdout?.on("data", (chunk: Buffer) => writeFileSync(logFile, chunk, { flag: "a" }));
      started.stderr?.on("data", (chunk: Buffer) => writeFileSync(logFile, chunk, { flag: "a" }));
      app = started;
      if (!(await waitUntilHealthy(`${baseUrl}/api/health`, 60_000)))
        throw new Error(`the app did not start (see ${logFile})`);
      return started;
    };
    app = await startApp();

    const inspectUrl = withDatabase(server.adminUrl, LOAD_DATABASE);
    const rating = await captureFirstLearnerRating(baseUrl, plan, inspectUrl);
    const context: PhaseContext = {
      ...settings,
      baseUrl,
      plan,
      rating,
      inspectUrl,
      app,
      restartApp: startApp,
      restartDatabase: async (downMs) => {
        const stopAt = Date.now();
        await server.stop();
        console.log(`  Postgres stopped in ${Date.now() - stopAt} ms; starting it again in ${downMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, downMs));
        server = await ensureDatabaseServer({ ...serverOptions, log: () => {} });
        console.log(`  Postgres is back after ${Date.now() - stopAt} ms`);
        return { stopAt, upAt: Date.now() };
      },
    };

    console.log(`\nPhase 1: ${settings.connections} learners for ${settings.durationS} s`);
    const load = await runLoadPhase(context);
    console.log(`\nPhase 2: the same, Postgres restarted in the middle`);
    const restart = await runRestartPhase(context);
    console.log(`\nPhase 3: SIGTERM to the app under load`);
    const sigterm = await runSigtermPhase(context);
    console.log(
      `\nPhase 4: ${settings.connections * 4} learners (four times as many) on a fresh app, then SIGTERM`,
    );
    const overload = await runOverloadPhase(context);
    app = undefined;

    const results = { processes: appProcesses(), ...load, restart, sigterm, overload };
    writeFileSync(path.join(root, "load-results.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${JSON.stringify(results, null, 2)}\nWritten to load-results.json.`);
    const missed = [
      load.errors_5xx > 0 && "phase 1 answered 5xx",
      load.failed_checks > 0 && "phase 1 had answers that were not what a learner asked for",
      restart.lost_or_duplicated > 0 && "phase 2 lost or duplicated writes",
      restart.recovered_s > 2 &&
        "phase 2 had requests sent more than 2 s after Postgres was back that failed",
      restart.errors_outside_outage > 0 && "phase 2 had errors outside the outage",
      !restart.app_stayed_up && "the app did not survive the restart",
      !sigterm.drained && "SIGTERM did not drain",
      overload.connection_errors > 0 &&
        "phase 4 left requests without an answer (reset, refused or timed out)",
      overload.failed_answers > 0 &&
        "phase 4 had answers other than 503 that were not what a learner asked for",
      overload.answered_503 === 0 && "phase 4 answered no request 503: the load did not exceed the limit",
      overload.answered_503_p50_ms > 1_000 && "phase 4 took more than 1 s (median) to answer 503",
      !overload.sigterm.drained && "SIGTERM under four times the load did not drain",
    ].filter(Boolean);
    for (const reason of missed) console.error(`target missed: ${reason}`);
    return missed.length === 0 ? 0 : 1;
  } finally {
    if (app && app.exitCode === null) app.kill("SIGKILL");
    await server.stop();
  }
});

/** How many app processes serve the load (APP_PROCESSES, else one per core). */
function appProcesses(): number {
  return Number(process.env.APP_PROCESSES ?? os.availableParallelism());
}
