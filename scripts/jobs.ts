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
    const { claimed } = await runDueJobs({ scheduled: true }).finally(() => db.$disconnect());
    const counts = Object.entries(claimed ?? {})
      .map(([kind, count]) => `${kind} ${count}`)
      .join(", ");
    console.log(`Notifications due now: ${counts}. Every job that was due has run.`);
    return 0;
  } finally {
    await server?.stop();
  }
});
