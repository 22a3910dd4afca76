// The production server (ADR 021), started by scripts/serve-app.ts for npm start, the e2e server,
// npm run load and npm run bench: APP_PROCESSES processes (default one per core) share the port
// through node:cluster; each runs Next's request handler behind an admission limit (503 with
// Retry-After when full) and drains on SIGTERM (instrumentation.ts, ADR 012). Public pages for
// visitors who are not signed in come from memory, with a hashed CSP (ADR 022).
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import next from "next";
import pg from "pg";
import { databaseUrls, getEnv } from "../lib/env";
import { withRequestRecord, type RequestRecord } from "../lib/runtime/request-context";
import { createAdmission, DEFAULT_LIMITS } from "./server/admission";
import { runPrimary } from "./server/cluster";
import { createPublicPageCache } from "./server/public-page-cache";

const root = path.resolve(__dirname, "..");

async function runWorker() {
  const env = getEnv();
  // Stopped while still starting (a restarted worker, say): nothing was accepted, nothing to drain.
  // Once it listens, instrumentation.ts drains on the signal instead (ADR 012).
  let listening = false;
  const stopWhileStarting = () => {
    if (!listening) process.exit(0);
  };
  process.on("SIGTERM", stopWhileStarting);
  process.on("SIGINT", stopWhileStarting);
  const app = next({ dev: false, dir: root, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const admission = createAdmission({
    maxInFlight: env.APP_MAX_IN_FLIGHT ?? DEFAULT_LIMITS.maxInFlight,
    maxQueued: env.APP_MAX_QUEUED ?? DEFAULT_LIMITS.maxQueued,
    maxWaitMs: DEFAULT_LIMITS.maxWaitMs,
  });
  // instrumentation.ts drains the process on these signals (ADR 012); requests waiting here then
  // are part of what it finishes. Without that drain, a listener here would keep the signal from
  // ending the process.
  if (process.env.NEXT_MANUAL_SIG_HANDLE)
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => admission.drain());
  const pages = createPublicPageCache({
    buildId: readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim(),
    readVersion: libraryVersion(databaseUrls(env).appUrl),
  });
  const server = http.createServer((request, response) => {
    const render = () =>
      admission.admit(request, response, () =>
        env.REPLICA_DATABASE_URL ? handleRecorded(request, response) : void handle(request, response),
      );
    // A page served from memory costs about what a static file does: no admission needed.
    if (pages.handles(request)) void pages.serve(request, response, render);
    else render();
  });
  // Longer than the idle timeout of clients and load balancers (60 s is common): with Node's 5 s
  // default, a client reusing a connection just as the server closes it gets ECONNRESET on a
  // request it had sent (seen once in the e2e suite). The SIGTERM drain closes idle ones itself.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("error", (error) => {
    console.error(`The app could not listen on ${env.HOST}:${env.PORT}: ${error.message}`);
    process.exit(1);
  });
  server.listen(env.PORT, env.HOST, () => (listening = true));

  /**
   * With a read replica (ADR 036): the request gets a record the app fills in (its own write, which
   * database answered its read), and the answer says which one did in X-Evne-Read, for operators
   * and npm run load:cluster.
   */
  function handleRecorded(request: http.IncomingMessage, response: http.ServerResponse) {
    const record: RequestRecord = {};
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => http.ServerResponse;
    // Every answer's headers pass through writeHead (an implicit one too), after the page's read.
    (response as unknown as { writeHead: (...args: unknown[]) => http.ServerResponse }).writeHead = (
      ...args: unknown[]
    ) => {
      if (record.read && !response.headersSent) response.setHeader("X-Evne-Read", record.read);
      return writeHead(...args);
    };
    withRequestRecord(record, () => void handle(request, response));
  }
}

/**
 * The public pages' content version: every library program's version and place. One connection
 * of its own (the app's pool lives inside Next's bundles); errors mean "unknown": no caching.
 */
function libraryVersion(appUrl: string): () => Promise<string> {
  const pool = new pg.Pool({ connectionString: appUrl, max: 1, idleTimeoutMillis: 10_000 });
  pool.on("error", () => {});
  return async () => {
    const { rows } = await pool.query<{ version: string }>(
      `select coalesce(md5(string_agg(slug || ':' || "currentVersion" || ':' || position, ',' order by slug)), '')
              as version
         from "LibraryProgram"`,
    );
    return rows[0]?.version ?? "";
  };
}

if (cluster.isPrimary) {
  const env = getEnv();
  runPrimary({ processes: env.APP_PROCESSES ?? os.availableParallelism() });
} else {
  runWorker().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
