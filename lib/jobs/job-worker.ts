// The job worker (ADR 020): graphile-worker on our own Postgres. `npm start` runs one inside the
// app; `npm run worker` runs one as its own process (any number of them: each job is taken by one
// worker, under a row lock); `npm run jobs -- --once` runs what is due now and exits.
import "server-only";
import { Logger, parseCronItems, run, runOnce, type Runner, type TaskList } from "graphile-worker";
import { databaseUrls, getEnv } from "@/lib/env";
import { deliverQueuedMail } from "@/lib/mail/mail-queue";
import type { MailEnv } from "@/lib/mail/send-mail";
import { runDueNotifications, type ClaimedNotifications } from "@/lib/notifications/run-due-notifications";
import { sendNotification } from "@/lib/notifications/send-notification";
import { JOB_QUEUE_SCHEMA } from "./job-queue-schema";
import type { TaskName } from "./job-payloads";

/** The tasks, bound to what a run may override (tests pass a mail server and a clock). */
function taskList(options: WorkerOptions): TaskList {
  const now = () => options.now ?? new Date();
  const tasks: Record<TaskName, TaskList[string]> = {
    send_mail: (payload, helpers) => deliverQueuedMail(payload, helpers.job, { env: options.mailEnv }),
    send_notification: (payload, helpers) =>
      sendNotification(payload, helpers.job, { env: options.mailEnv, now: now() }),
    scan_notifications: async (payload) => {
      const at = (payload as { at?: unknown } | null)?.at;
      await runDueNotifications(typeof at === "string" ? new Date(at) : now());
    },
  };
  return tasks;
}

/**
 * What the worker does on its own, on a schedule. A scan that fell in a time the worker was down is
 * not made up: the next one finds the same mails due (their keys say whether they went out).
 */
const schedule = parseCronItems([
  { task: "scan_notifications", match: "*/15 * * * *", identifier: "scan_notifications" },
]);

const logger = new Logger(() => (level, message) => {
  // Info is one line per job; failures are what an operator needs to see.
  if (level === "error" || level === "warning") console.error(`jobs: ${message}`);
});

type WorkerOptions = {
  /** The application role's URL (default: the app's). */
  connectionString?: string;
  concurrency?: number;
  /** The mail server to deliver to (default: the environment's SMTP_URL, else the outbox). */
  mailEnv?: MailEnv;
  /** The clock of a run (tests); default: now. */
  now?: Date;
};

function shared(options: WorkerOptions) {
  return {
    connectionString: options.connectionString ?? databaseUrls().appUrl,
    schema: JOB_QUEUE_SCHEMA,
    taskList: taskList(options),
    logger,
    // The app and scripts stop the worker themselves (lib/runtime/graceful-shutdown.ts).
    noHandleSignals: true,
  };
}

/** Starts a worker that runs until stopped; new jobs reach it at once through LISTEN/NOTIFY. */
export function startJobWorker(options: WorkerOptions = {}): Promise<Runner> {
  return run({
    ...shared(options),
    concurrency: options.concurrency ?? 4,
    pollInterval: 2_000,
    parsedCronItems: getEnv().JOB_SCHEDULE === "on" ? schedule : [],
  });
}

/**
 * Runs every job of the queue that is due now (retries whose wait is over included), then returns;
 * with `scheduled`, the scheduled tasks first (the notification scan, at `options.now`), as
 * `npm run jobs -- --once` does.
 */
export async function runDueJobs(
  options: WorkerOptions & { scheduled?: boolean } = {},
): Promise<{ claimed: ClaimedNotifications | null }> {
  const claimed = options.scheduled ? await runDueNotifications(options.now ?? new Date()) : null;
  await runOnce(shared(options));
  return { claimed };
}

/**
 * The worker inside the app (`npm start`), unless JOB_WORKER=off. Returns how to stop it: after
 * the jobs it is running, before the database pool closes.
 */
export async function startAppJobWorker(): Promise<() => Promise<void>> {
  const runner = await startJobWorker();
  return () => runner.stop();
}
