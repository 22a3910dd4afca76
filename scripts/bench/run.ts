// npm run bench — issue 7's performance goals, measured: prepares a separate database
// ("evne_bench" on the same Postgres server as `npm start`, or DATABASE_URL's server) with the
// organizations of seed-bench-data.ts (kept between runs while the seed version is unchanged;
// BENCH_RESEED=1 starts over), then times each item against its floor in a second process
// (measure-items.ts, which imports the app's server-only modules), then the HTTP items against the
// app server (http-items.ts: processes, public-pages), and writes bench-results.json.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { APP_ROLE, getEnv, withCredentials, withDatabase } from "../../lib/env";
import { seedLibraryAt } from "../../lib/library/seed-library";
import { runCli } from "../db/run-cli";
import { applyMigrations } from "../db/schema-engine";
import { ensureDatabaseServer, withClient } from "../db/server";
import {
  BENCH_SEED_VERSION,
  DECOY_ORGANIZATION,
  MAIN_ORGANIZATION,
  seedBenchOrganization,
} from "./seed-bench-data";
import { HTTP_ITEMS } from "./stats";

const BENCH_DATABASE = "evne_bench";

runCli(async () => {
  const env = getEnv();
  const server = await ensureDatabaseServer();
  try {
    const ownerUrl = withDatabase(server.ownerUrl, BENCH_DATABASE);
    const appUrl = withCredentials(ownerUrl, APP_ROLE, env.APP_DATABASE_PASSWORD);
    const seeded = await withClient(server.adminUrl, async (client) => {
      const exists = await client.query(`select 1 from pg_database where datname = $1`, [BENCH_DATABASE]);
      if (exists.rowCount && !process.env.BENCH_RESEED) {
        const version = await withClient(ownerUrl, (bench) =>
          bench
            .query<{ value: string }>(`select value from bench_meta where key = 'seed'`)
            .then((result) => result.rows[0]?.value)
            .catch(() => undefined),
        );
        if (version === BENCH_SEED_VERSION) return true;
      }
      await client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${BENCH_DATABASE} OWNER ${server.ownerRole}`);
      return false;
    });
    // Migrations first, also on a database seeded earlier: the code measured expects the newest schema.
    if (seeded) await applyMigrations(ownerUrl);
    if (!seeded) {
      const started = performance.now();
      console.log(`Seeding ${BENCH_DATABASE} (once; kept for the next runs)…`);
      await applyMigrations(ownerUrl);
      await seedLibraryAt(ownerUrl);
      await withClient(ownerUrl, async (client) => {
        for (const shape of [MAIN_ORGANIZATION, DECOY_ORGANIZATION]) {
          const shapeStarted = performance.now();
          await seedBenchOrganization(client, shape);
          console.log(
            `  ${shape.name}: ${shape.teams * shape.teamSize} people in ${shape.teams} teams (${((performance.now() - shapeStarted) / 1000).toFixed(0)} s)`,
          );
        }
        await client.query(`vacuum analyze`);
        await client.query(`create table bench_meta (key text primary key, value text not null)`);
        await client.query(`insert into bench_meta values ('seed', $1)`, [BENCH_SEED_VERSION]);
      });
      console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    }
    const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
    const isHttp = (name: string) => (HTTP_ITEMS as readonly string[]).includes(name);
    let status = 0;
    if (!only || only.some((name) => !isHttp(name))) {
      const result = spawnSync(
        process.execPath,
        [require.resolve("tsx/cli"), "--conditions=react-server", path.join(__dirname, "measure-items.ts")],
        { env: { ...process.env, APP_DATABASE_URL: appUrl }, stdio: "inherit" },
      );
      status = result.status ?? 1;
    }
    // The HTTP items (the app server with every core and with one, public pages against a file).
    if (!only || only.some(isHttp)) {
      const result = spawnSync(
        process.execPath,
        [require.resolve("tsx/cli"), path.join(__dirname, "http-items.ts")],
        {
          env: {
            ...process.env,
            APP_DATABASE_URL: appUrl,
            BENCH_INSPECT_URL: withDatabase(server.adminUrl, BENCH_DATABASE),
          },
          stdio: "inherit",
        },
      );
      status = status || (result.status ?? 1);
    }
    return status;
  } finally {
    await server.stop();
  }
});
