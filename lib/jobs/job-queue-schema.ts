// The job queue's tables (graphile-worker, ADR 020) live in the schema `graphile_worker` of our own
// database. They are installed by the owner role with the app's migrations, never by the app: the
// application role owns nothing (npm run db:audit). The app role may add, take and finish jobs.
// No "server-only": the migration scripts import it.
import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";
import { APP_ROLE } from "@/lib/env";

export const JOB_QUEUE_SCHEMA = "graphile_worker";

/** Installs or upgrades the queue's schema as the owner (`ownerUrl`), then lets the app role use it. */
export async function migrateJobQueue(ownerUrl: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  const report = (error: Error) => console.error(`job queue migration: ${error.message}`);
  pool.on("error", report);
  pool.on("connect", (client) => client.on("error", report));
  try {
    await runMigrations({ pgPool: pool, schema: JOB_QUEUE_SCHEMA, logger: quietLogger });
    await pool.query(`
      grant usage on schema ${JOB_QUEUE_SCHEMA} to ${APP_ROLE};
      grant select, insert, update, delete on all tables in schema ${JOB_QUEUE_SCHEMA} to ${APP_ROLE};
      grant usage, select on all sequences in schema ${JOB_QUEUE_SCHEMA} to ${APP_ROLE};
      grant execute on all functions in schema ${JOB_QUEUE_SCHEMA} to ${APP_ROLE};`);
    // graphile-worker turns row-level security on for its tables without a policy, which leaves them
    // to their owner. The queue holds no tenant rows (mails are sealed), so the app role gets them
    // whole; made again after every upgrade, since an upgrade may replace a table.
    await pool.query(`
      do $$
      declare queue_table record;
      begin
        for queue_table in
          select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = '${JOB_QUEUE_SCHEMA}' and c.relkind = 'r' and c.relrowsecurity
        loop
          execute format('drop policy if exists app_role_queue on ${JOB_QUEUE_SCHEMA}.%I', queue_table.relname);
          execute format('create policy app_role_queue on ${JOB_QUEUE_SCHEMA}.%I to ${APP_ROLE} using (true) with check (true)', queue_table.relname);
        end loop;
      end $$;`);
  } finally {
    await pool.end();
  }
}

/** graphile-worker logs each migration at info level; the migration scripts say what they did. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`job queue: ${message}`);
});
