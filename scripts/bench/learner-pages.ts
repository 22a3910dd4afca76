// The `learner-pages` item of `npm run bench` (issue 17): the learner program, resource and
// statement pages served by the production build (`next start`, as npm start runs it) to a
// signed-in learner of the bench organization, against `/api/health` on the same server. Each
// round gives every URL the same few seconds at the same concurrency, interleaved, so that drift in
// the machine hits all alike; the median requests per second are compared. Then each page is asked
// for a few times one at a time, and the SQL statements its server logged (EVNE_SQL_LOG=1,
// lib/db/statement-count.ts) are counted per request.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort, startAppServer, waitUntilHealthy } from "../serve-app";
import { signInBenchPerson } from "./bench-session";
import { median } from "./stats";

const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_HTTP_CONCURRENCY ?? 4);
const SQL_SAMPLES = 3;

export const LEARNER_THROUGHPUT_TARGET = 0.4;
export const LEARNER_STATEMENTS_TARGET = 8;
/** First-load JavaScript of a learner page may exceed an empty App Router page's by this much (gzip). */
export const PAGE_WEIGHT_MARGIN_KB = 40;

export type LearnerPageFigure = {
  page: string;
  /** Requests per second, median of the rounds. */
  perSecond: number;
  healthPerSecond: number;
  /** perSecond / healthPerSecond. */
  throughput: number;
  statementsPerRequest: number;
};

export type PageWeightFigure = {
  page: string;
  /** Every script file the page's HTML loads, gzip-compressed, in KB. */
  firstLoadKb: number;
  /** The files any App Router page of this build loads (the build manifest's rootMainFiles), in KB. */
  emptyKb: number;
  /** The page's HTML (with the inline data React hydrates from), gzip, in KB. */
  htmlKb: number;
};

export type ServedPagesFigures = { throughput: LearnerPageFigure[]; weight: PageWeightFigure[] };

type Learner = { slug: string; token: string; programId: string; resourceId: string; statementId: string };

/**
 * A learner of `slug` with a fresh database session, and the first program assigned to everyone,
 * with one of its resources and statements (as the application role, under row-level security).
 */
async function prepareLearner(appUrl: string, slug: string): Promise<Learner> {
  return signInBenchPerson(appUrl, slug, async (client) => {
    const found = await client.query<{ program_id: string; resource_id: string; statement_id: string }>(
      `select p.id::text as program_id, r.id::text as resource_id, s.id::text as statement_id
         from "Assignment" a
         join "Program" p on p.id = a."programId" and p.status = 'published'
         join "ProgramStatement" s on s."programId" = p.id and not s.hidden
         join "ProgramResource" r on r."statementId" = s.id and not r.hidden
        where a."audienceKey" = 'everyone'
        order by p."createdAt", s.position, r.position limit 1`,
    );
    const row = found.rows[0];
    if (!row) throw new Error(`no program assigned to everyone in ${slug}`);
    return { slug, programId: row.program_id, resourceId: row.resource_id, statementId: row.statement_id };
  });
}

/** Requests `url` from `concurrency` loops for `seconds`; the completed 200s per second. */
async function throughput(url: string, headers: Record<string, string>, seconds: number): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const response = await fetch(url, { headers, redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

const gzipKb = (bytes: Uint8Array | string) => gzipSync(bytes).length / 1024;

/**
 * The learner pages served by the production build: throughput and SQL statements (`learner-pages`)
 * and first-load JavaScript (`page-weight`), whichever are asked for, from one server.
 */
export async function measureServedPages(
  appUrl: string,
  slug: string,
  asked: { throughput: boolean; weight: boolean },
): Promise<ServedPagesFigures> {
  const root = path.resolve(__dirname, "../..");
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("learner-pages measures the production build: run `npm run build` first");
  }
  const learner = await prepareLearner(appUrl, slug);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  const child = startAppServer({
    appUrl,
    port,
    host: "127.0.0.1",
    env: {
      ...process.env,
      EVNE_SQL_LOG: "1",
      // No mail or scheduled work competing with the measurement (as in http-items.ts): the bench
      // database keeps thousands of queued mails from its assignments, which the app's own worker
      // would otherwise send while the pages are timed.
      JOB_WORKER: "off",
      SNAPSHOT_SCHEDULER: "off",
      APP_URL: origin,
      NEXTAUTH_URL: origin,
      PORT: String(port),
      // e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where a page's time goes.
      ...(process.env.BENCH_SERVER_NODE_OPTIONS
        ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS }
        : {}),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let buffered = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    log.push(...lines);
  });
  try {
    if (!(await waitUntilHealthy(`${origin}/api/health`, 60_000))) throw new Error("the app did not start");
    const headers = { cookie: `next-auth.session-token=${learner.token}` };
    const programPath = `${origin}/en/o/${learner.slug}/learn/${learner.programId}`;
    const pages = {
      program: programPath,
      resource: `${programPath}/resources/${learner.resourceId}`,
      statement: `${programPath}/statements/${learner.statementId}`,
    };
    const weight = asked.weight ? await pageWeights(root, origin, pages, headers) : [];
    if (!asked.throughput) return { throughput: [], weight };
    const samples = new Map<string, number[]>([
      ["health", []],
      ...Object.keys(pages).map((page) => [page, []] as [string, number[]]),
    ]);
    const targets: [string, string][] = [["health", `${origin}/api/health`], ...Object.entries(pages)];
    // Warm-up: the first requests compile nothing in production, but fill caches and pools.
    for (const [, url] of targets) await throughput(url, headers, 1);
    for (let round = 0; round < ROUNDS; round += 1) {
      // A different order each round, so no URL always runs right after another.
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const [name, url] of order) samples.get(name)!.push(await throughput(url, headers, SECONDS));
    }
    const health = median(samples.get("health")!);
    const figures: LearnerPageFigure[] = [];
    for (const [page, url] of Object.entries(pages)) {
      const perSecond = median(samples.get(page)!);
      figures.push({
        page,
        perSecond,
        healthPerSecond: health,
        throughput: perSecond / health,
        statementsPerRequest: await statementsPerRequest(url, headers, log),
      });
    }
    return { throughput: figures, weight };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

/** The `[sql]` lines the server logs while answering `url`, one request at a time, per request. */
async function statementsPerRequest(url: string, headers: Record<string, string>, log: string[]) {
  const counts: number[] = [];
  for (let sample = 0; sample < SQL_SAMPLES; sample += 1) {
    // Whatever the server still writes about earlier requests arrives first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = log.length;
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 200));
    counts.push(log.slice(before).filter((line) => line.startsWith("[sql]")).length);
  }
  return median(counts);
}

/** Each page's script files, gzip, against those every App Router page of the build loads. */
async function pageWeights(
  root: string,
  origin: string,
  pages: Record<string, string>,
  headers: Record<string, string>,
): Promise<PageWeightFigure[]> {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const served = new Map<string, number>();
  const scriptKb = async (src: string) => {
    if (!served.has(src)) {
      const response = await fetch(new URL(src, origin));
      served.set(src, gzipKb(new Uint8Array(await response.arrayBuffer())));
    }
    return served.get(src)!;
  };
  let emptyKb = 0;
  for (const file of manifest.rootMainFiles) emptyKb += await scriptKb(`/_next/${file}`);
  const figures: PageWeightFigure[] = [];
  for (const [page, url] of Object.entries(pages)) {
    const html = await (await fetch(url, { headers })).text();
    // Module and classic scripts alike; nomodule polyfills are not loaded by the browsers we support.
    const sources = new Set(
      [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)]
        .filter((match) => !/\bnomodule\b/i.test(match[0]))
        .map((match) => match[1]!.replace(/&amp;/g, "&")),
    );
    let firstLoadKb = 0;
    for (const src of sources) firstLoadKb += await scriptKb(src);
    // BENCH_WEIGHT_DETAIL=1 lists each file, for finding what a page ships.
    if (process.env.BENCH_WEIGHT_DETAIL === "1") {
      for (const src of sources) console.log(`  ${page}: ${(await scriptKb(src)).toFixed(1)} KB ${src}`);
    }
    figures.push({ page, firstLoadKb, emptyKb, htmlKb: gzipKb(html) });
  }
  return figures;
}
