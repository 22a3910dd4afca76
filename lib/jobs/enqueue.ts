// Adding jobs to the queue (ADR 020), in the caller's transaction: a job exists exactly when what
// caused it committed, so a rolled-back invitation mails nobody and a committed one always does.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { TenantTx } from "@/lib/db/tenant";
import { JOB_QUEUE_SCHEMA } from "./job-queue-schema";
import type { JobPayloads, TaskName } from "./job-payloads";

/** Lower runs first; sign-in mail must not wait behind a CSV import's thousand invitations. */
export const JOB_PRIORITY = { signIn: -10, normal: 0, notification: 10 } as const;

export type JobSpec<T extends TaskName = TaskName> = {
  task: T;
  payload: JobPayloads[T];
  runAt?: Date;
  priority?: number;
  maxAttempts?: number;
  /** Replaces a job of the same key that has not started yet (graphile-worker's job_key). */
  jobKey?: string;
};

type Executor = Pick<TenantTx | Db, "$executeRawUnsafe">;

/** Adds the jobs in one statement, whatever their number (a CSV import adds thousands). */
export async function enqueueJobs(executor: Executor, jobs: JobSpec[]): Promise<void> {
  if (jobs.length === 0) return;
  const specs = jobs.map((job) => ({
    identifier: job.task,
    payload: job.payload,
    run_at: job.runAt?.toISOString() ?? null,
    max_attempts: job.maxAttempts ?? null,
    job_key: job.jobKey ?? null,
    priority: job.priority ?? null,
  }));
  await executor.$executeRawUnsafe(
    `select 1 from ${JOB_QUEUE_SCHEMA}.add_jobs(array(
       select json_populate_record(null::${JOB_QUEUE_SCHEMA}.job_spec, spec)
         from json_array_elements($1::json) as spec))`,
    JSON.stringify(specs),
  );
}

export function enqueueJob<T extends TaskName>(executor: Executor, job: JobSpec<T>): Promise<void> {
  return enqueueJobs(executor, [job as JobSpec]);
}
