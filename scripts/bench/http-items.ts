// The third part of `npm run bench` (started by run.ts with APP_DATABASE_URL pointing at the bench
// database): items measured over HTTP against the production app server (scripts/app-server.ts),
// as throughput (answers per second) against a floor measured in the same run, rounds interleaved.
// - processes: npm run load's learner mix (two resource pages, one rating) with the default process
//   count against one process (issue 17, item 5): ≥ 1.6 on two cores.
// - public-pages: home, library, program and statement pages for a visitor who is not signed in,
//   against a static file of the same size from public/ served by the same server (item 1): ≥ 0.3.
import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { buildIfStale } from "../build-if-stale";
import { captureRatingRequest } from "../load/capture-rating-request";
import { waitForExit } from "../load/drain-probe";
import { driveLoad, throughput } from "../load/drive-load";
import type { LoadPlan } from "../load/seed-load-data";
import { freePort, startAppServer, waitUntilHealthy } from "../serve-app";
import { HTTP_ITEMS, formatResults, median, missedTarget, type BenchResult } from "./stats";

const root = path.resolve(__dirname, "..", "..");
const FLAGSHIP = "handtere-avvisning";
const LEARNERS = 50;
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
/** Seconds of each learner drive, of which the first WARM_S are not counted. */
const DRIVE_S = 20;
const WARM_S = 4;
/** Seconds of each page and file run, and the connections that load them. */
const PAGE_S = 4;
const PAGE_CONNECTIONS = 16;
/** Where the static files of the floor go while the bench runs; removed at the end. */
const STATIC_DIR = path.join(root, "public", "bench-floor");

type Notes = Record<string, string>;

async function main() {
  const appUrl = process.env.APP_DATABASE_URL!;
  const inspectUrl = process.env.BENCH_INSPECT_URL!;
  const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
  const chosen = HTTP_ITEMS.filter((name) => !only || only.includes(name));
  if (chosen.length === 0) return;
  buildIfStale({ ...process.env, APP_DATABASE_URL: appUrl });

  const results: BenchResult[] = [];
  const notes: Notes = {};
  if (chosen.includes("public-pages")) results.push(...(await publicPages(appUrl, notes)));
  if (chosen.includes("processes")) results.push(await processes(appUrl, inspectUrl, notes));

  console.log(`\nMedians of ${ROUNDS} interleaved rounds, answers per second (HTTP items):\n`);
  console.log(formatResults(results, notes));
  const file = path.join(root, "bench-results.json");
  const names = new Set(results.map((result) => result.name));
  const kept: { name: string }[] = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : [];
  writeFileSync(
    file,
    `${JSON.stringify([...kept.filter((item) => !names.has(item.name)), ...results], null, 2)}\n`,
  );
  console.log(`\nWrote ${file}`);
  process.exitCode = results.some(missedTarget) ? 1 : 0;
}

/** Each public page against a file of its size, both from the same server with every core. */
async function publicPages(appUrl: string, notes: Notes): Promise<BenchResult[]> {
  const statementKey = await firstStatementKey(appUrl);
  const pages = {
    home: "/nb",
    library: "/nb/library",
    program: `/nb/library/${FLAGSHIP}`,
    statement: `/nb/library/${FLAGSHIP}/${statementKey}`,
  };
  // The pages' sizes as served from cache (no Accept-Encoding, as autocannon sends), then files of
  // those sizes in public/, which Next finds only when it starts: a second start.
  const sizes: Record<string, number> = {};
  await withApp(appUrl, {}, async (baseUrl) => {
    for (const [name, pagePath] of Object.entries(pages)) sizes[name] = await cachedSize(baseUrl, pagePath);
  });
  const hadPublic = existsSync(path.join(root, "public"));
  mkdirSync(STATIC_DIR, { recursive: true });
  try {
    for (const [name, size] of Object.entries(sizes)) {
      const head = "<!doctype html><title>floor</title><p>";
      writeFileSync(path.join(STATIC_DIR, `${name}.html`), head + "x".repeat(size - head.length));
    }
    return await withApp(appUrl, {}, async (baseUrl) => {
      const samples = Object.keys(pages).map(() => ({ page: [] as number[], file: [] as number[] }));
      const entries = Object.entries(pages);
      // Warm-up: every process loads the page's code and fills its cache (a cold process takes
      // seconds for its first render), then a short run of each.
      for (const [name, pagePath] of entries) {
        for (let request = 0; request < 4; request += 1) await cachedSize(baseUrl, pagePath);
        await rate(baseUrl, pagePath, 2);
        await rate(baseUrl, `/bench-floor/${name}.html`, 1);
      }
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [index, [name, pagePath]] of entries.entries()) {
          const file = `/bench-floor/${name}.html`;
          // Alternate which goes first, as the other items do.
          if (round % 2 === 0) {
            samples[index]!.page.push(await rate(baseUrl, pagePath, PAGE_S));
            samples[index]!.file.push(await rate(baseUrl, file, PAGE_S));
          } else {
            samples[index]!.file.push(await rate(baseUrl, file, PAGE_S));
            samples[index]!.page.push(await rate(baseUrl, pagePath, PAGE_S));
          }
        }
      }
      return entries.map(([name], index) => {
        const page = median(samples[index]!.page);
        const file = median(samples[index]!.file);
        const itemName = `public-pages:${name}`;
        notes[itemName] =
          `${pages[name as keyof typeof pages]} (${sizes[name]} bytes, not signed in) vs a static file of that size`;
        return toResult(itemName, page, file, 0.3);
      });
    });
  } finally {
    rmSync(STATIC_DIR, { recursive: true, force: true });
    if (!hadPublic) rmSync(path.join(root, "public"), { recursive: true, force: true });
  }
}

/** npm run load's learners with the default number of processes against one process. */
async function processes(appUrl: string, inspectUrl: string, notes: Notes): Promise<BenchResult> {
  const plan = seedLearners(appUrl);
  let rating: Awaited<ReturnType<typeof captureRatingRequest>> | undefined;
  const drive = (processCount: number | undefined) =>
    withApp(appUrl, { processes: processCount }, async (baseUrl) => {
      rating ??= await captureRatingRequest({
        baseUrl,
        sessionToken: plan.learners[0]!.sessionToken,
        orgSlug: plan.orgSlug,
        programId: plan.programId,
        statementId: plan.statementIds[0]!,
        ratingExists: async (requestKey) => {
          const client = new pg.Client({ connectionString: inspectUrl });
          await client.connect();
          try {
            const found = await client.query(`select 1 from "Rating" where "requestKey" = $1`, [requestKey]);
            return found.rowCount === 1;
          } finally {
            await client.end();
          }
        },
      });
      const run = await driveLoad({ baseUrl, plan, rating, connections: LEARNERS, durationS: DRIVE_S });
      const perSecond = throughput(run.events, run.startedAt + WARM_S * 1000, run.startedAt + DRIVE_S * 1000);
      const failed = run.events.filter((event) => !event.ok).length;
      console.log(
        `  ${processCount ?? "default"} process(es): ${perSecond} good answers/s, ${failed} failed`,
      );
      return perSecond;
    });
  const every: number[] = [];
  const one: number[] = [];
  for (let round = 0; round < Math.max(2, ROUNDS - 1); round += 1) {
    if (round % 2 === 0) {
      every.push(await drive(undefined));
      one.push(await drive(1));
    } else {
      one.push(await drive(1));
      every.push(await drive(undefined));
    }
  }
  const cores = Number(process.env.APP_PROCESSES ?? (await import("node:os")).availableParallelism());
  notes.processes = `${LEARNERS} learners (npm run load's mix, answers checked) on ${cores} processes vs one`;
  return toResult("processes", median(every), median(one), 1.6);
}

function toResult(name: string, perSecond: number, floorPerSecond: number, target: number): BenchResult {
  return {
    name,
    ms: Math.round(perSecond * 10) / 10,
    floor_ms: Math.round(floorPerSecond * 10) / 10,
    ratio: Math.round((perSecond / Math.max(floorPerSecond, 0.001)) * 100) / 100,
    target,
    atLeast: true,
  };
}

/** Starts the app server on a free port, runs `work` against it, and stops it (SIGTERM, drained). */
async function withApp<T>(
  appUrl: string,
  options: { processes?: number },
  work: (baseUrl: string) => Promise<T>,
): Promise<T> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app: ChildProcess = startAppServer({
    appUrl,
    port,
    host: "127.0.0.1",
    stdio: ["ignore", "ignore", "inherit"],
    processes: options.processes,
    // No mail or scheduled work competing with the measurement.
    env: { ...process.env, JOB_WORKER: "off", SNAPSHOT_SCHEDULER: "off" },
  });
  try {
    if (!(await waitUntilHealthy(`${baseUrl}/api/health`, 60_000))) throw new Error("the app did not start");
    return await work(baseUrl);
  } finally {
    const exited = waitForExit(app);
    app.kill("SIGTERM");
    await exited;
  }
}

/** 2xx answers per second of `connections` clients asking for `pagePath` for `seconds`. */
function rate(baseUrl: string, pagePath: string, seconds: number): Promise<number> {
  return new Promise((resolve, reject) =>
    autocannon(
      { url: `${baseUrl}${pagePath}`, connections: PAGE_CONNECTIONS, duration: seconds, timeout: 10 },
      (error, result) => {
        if (error) return reject(error);
        const ok = Object.entries(result.statusCodeStats)
          .filter(([status]) => status.startsWith("2"))
          .reduce((sum, [, stats]) => sum + stats.count, 0);
        // Nothing answered well shows as 0 (a missed target), not as a crash of the whole bench.
        if (ok === 0)
          console.warn(
            `${pagePath}: no 2xx answer in ${seconds} s (${JSON.stringify(result.statusCodeStats)})`,
          );
        resolve(ok / seconds);
      },
    ),
  );
}

/** The body size of a page once it comes from cache (its policy has hashes). */
async function cachedSize(baseUrl: string, pagePath: string): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const { policy, size, status } = await new Promise<{ policy: string; size: number; status: number }>(
      (resolve, reject) =>
        http
          .get(`${baseUrl}${pagePath}`, (response) => {
            let size = 0;
            response.on("data", (chunk: Buffer) => (size += chunk.length));
            response.on("end", () =>
              resolve({
                policy: String(response.headers["content-security-policy"] ?? ""),
                size,
                status: response.statusCode ?? 0,
              }),
            );
          })
          .on("error", reject),
    );
    if (status !== 200) throw new Error(`${pagePath} answered ${status}`);
    if (policy.includes("'sha256-")) return size;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${pagePath} never came from cache`);
}

async function firstStatementKey(appUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>(
      `select s.key from "LibraryStatement" s join "LibraryProgram" p on p.id = s."programId"
        where p.slug = $1 order by s.position limit 1`,
      [FLAGSHIP],
    );
    if (!rows[0]) throw new Error(`no statement in ${FLAGSHIP}`);
    return rows[0].key;
  } finally {
    await client.end();
  }
}

/** npm run load's organization of learners, in the bench database (a new one each run). */
function seedLearners(appUrl: string): LoadPlan {
  const planFile = path.join(root, ".data", "bench-load-plan.json");
  mkdirSync(path.dirname(planFile), { recursive: true });
  const result = spawnSync(
    process.execPath,
    [
      require.resolve("tsx/cli"),
      "--conditions=react-server",
      path.join(__dirname, "..", "load", "seed-load-data.ts"),
      planFile,
      String(LEARNERS),
    ],
    { env: { ...process.env, APP_DATABASE_URL: appUrl }, stdio: "inherit" },
  );
  if (result.status !== 0)
    throw new Error(`seeding the learners failed (exit ${result.status ?? result.signal})`);
  return JSON.parse(readFileSync(planFile, "utf8")) as LoadPlan;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
