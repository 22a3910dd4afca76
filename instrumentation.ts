/** Runs once when the server starts: a bad environment stops it with the variable's name. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("./lib/env");
    const env = getEnv();
    const { stampClientAddresses } = await import("./lib/runtime/client-address-channel");
    stampClientAddresses(env.TRUSTED_PROXY_HOPS);
    if (env.SNAPSHOT_SCHEDULER === "on") {
      const { scheduleSnapshots } = await import("./lib/insights/snapshots/run-due-snapshots");
      scheduleSnapshots();
    }
    // Mail and reminders (ADR 020); a worker that cannot start yet (database still starting) must
    // not stop the web app: it says so, and `npm run worker` or the next start picks the jobs up.
    let stopWorker = async () => {};
    if (env.JOB_WORKER === "on") {
      const { startAppJobWorker } = await import("./lib/jobs/job-worker");
      stopWorker = await startAppJobWorker().catch((error: unknown) => {
        console.error(
          `The job worker did not start: ${error instanceof Error ? error.message : String(error)}`,
        );
        return async () => {};
      });
    }
    // Set by scripts/serve-app.ts: Next leaves SIGTERM and SIGINT to us (ADR 012).
    if (process.env.NEXT_MANUAL_SIG_HANDLE) {
      const { drainOnSignals } = await import("./lib/runtime/graceful-shutdown");
      const { db, replicaDb } = await import("./lib/db/client");
      drainOnSignals({
        close: async () => {
          await stopWorker();
          await Promise.all([db.$disconnect(), replicaDb()?.$disconnect()]);
        },
      });
    }
  }
}
