import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseUrls, getEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { countStatementsOf } from "./statement-count";

export type Db = PrismaClient;

/** A client for `connectionString` (the application role's URL, never the owner's). */
export function createDbClient(
  connectionString: string,
  options: { connectionTimeoutMillis?: number } = {},
): Db {
  // A pool of our own, so that its statements can be counted (lib/db/statement-count.ts).
  const pool = countStatementsOf(
    new pg.Pool({
      connectionString,
      max: 10,
      // Fail fast when the server is down instead of queueing requests; the pool reconnects by itself.
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
      idleTimeoutMillis: 30_000,
    }),
  );
  const adapter = new PrismaPg(pool, {
    // $disconnect ends the pool, as it did when the adapter made the pool itself.
    disposeExternalPool: true,
    // A database restart ends every pooled connection: each emits 'error'. Unheard, that event
    // would end the process; heard, the pool drops the connection and opens a new one when asked
    // (npm run load, phase 2, restarts Postgres under load to prove it).
    onPoolError: (error) => logConnectionError("idle", error),
    onConnectionError: (error) => logConnectionError("in use", error),
  });
  return new PrismaClient({ adapter });
}

function logConnectionError(state: "idle" | "in use", error: Error) {
  console.error(`database connection lost (${state}): ${error.message}`);
}

// One pool per process: Next.js dev reloads modules on every change, and a production server
// loads this module once for the instrumentation hook and again for the app's bundles; each copy
// would open its own pool, and the graceful stop (lib/runtime) must close the one the app uses.
const globalForDb = globalThis as typeof globalThis & { evneDb?: Db; evneReplicaDb?: Db | null };

/** The application's database client, connected as the application role. */
export const db: Db = (globalForDb.evneDb ??= createDbClient(databaseUrls().appUrl));

/**
 * The read replica's client (REPLICA_DATABASE_URL, the application role), or null when none is
 * configured (ADR 036). Reads choose it through lib/db/read-routing.ts, never directly.
 */
export function replicaDb(): Db | null {
  if (globalForDb.evneReplicaDb === undefined) {
    const url = getEnv().REPLICA_DATABASE_URL;
    // A replica that does not answer within a second is treated as down: the read goes to the
    // primary instead of waiting (lib/db/read-routing.ts).
    globalForDb.evneReplicaDb = url ? createDbClient(url, { connectionTimeoutMillis: 1_000 }) : null;
  }
  return globalForDb.evneReplicaDb;
}
