// The production server (ADR 021), started by scripts/serve-app.ts for npm start, the e2e server,
// npm run load and npm run bench: APP_PROCESSES processes (default one per core) share the port
// through node:cluster; each runs Next's request handler behind an admission limit (503 with
// Retry-After when full) and drains on SIGTERM (instrumentation.ts, ADR 012).
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import next from "next";
import { getEnv } from "../lib/env";
import { createAdmission } from "./server/admission";
import { runPrimary } from "./server/cluster";

const root = path.resolve(__dirname, "..");

async function runWorker() {
  const env = getEnv();
  const app = next({ dev: false, dir: root, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const admission = createAdmission({ maxInFlight: env.APP_MAX_IN_FLIGHT, maxQueued: env.APP_MAX_QUEUED });
  const server = http.createServer((request, response) => {
    admission.admit(request, response, () => void handle(request, response));
  });
  server.on("error", (error) => {
    console.error(`The app could not listen on ${env.HOST}:${env.PORT}: ${error.message}`);
    process.exit(1);
  });
  server.listen(env.PORT, env.HOST);
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
