// npm run jobs -- --once: runs every job of the queue that is due now (mail, retries whose wait is
// over) and every scheduled task that is due, then exits (ADR 020). For operators and tests.
import { runCli } from "./db/run-cli";
import { ensureDatabaseServer } from "./db/server";

runCli(async () => {
  if (!process.argv.includes("--once")) {
    console.error("usage: npm run jobs -- --once   (a worker that keeps running: npm run worker)");
    return 2;
  }
  const server = process.env.APP_DATABASE_URL ? null : await ensureDatabaseServer({ log: () => {} });
  try {
    if (server) process.env.APP_DATABASE_URL = server.appUrl;
    // Imported only now: the database client reads APP_DATABASE_URL when it is loaded.
    const { runDueJobs } = await import("../lib/jobs/job-worker");
    const { db } = await import("../lib/db/client");
    const ran = await runDueJobs({ scheduled: true }).finally(() => db.$disconnect());
    console.log(`Jobs: ${ran.scheduled} scheduled task(s) started, the queue is done with what was due.`);
    return 0;
  } finally {
    await server?.stop();
  }
});
