// One record per HTTP request that the production server (scripts/app-server.ts) opens and the
// app's code fills in (ADR 036): which database answered the page's read, and whether this request
// wrote (a server action's own answer re-renders the page and must read that write). On globalThis:
// the server and Next's bundles load this module separately and must share the one storage.
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestRecord = {
  /** Which database answered the request's read, when it read through lib/db/read-routing.ts. */
  read?: "replica" | "primary";
  /** Set by a successful write: the primary's WAL position the replica must have replayed to be read. */
  readAfterLsn?: string | null;
};

const shared = ((
  globalThis as typeof globalThis & { evneRequestRecords?: AsyncLocalStorage<RequestRecord> }
).evneRequestRecords ??= new AsyncLocalStorage<RequestRecord>());

/** Runs `work` (one request's handling) with a fresh record. */
export function withRequestRecord<T>(record: RequestRecord, work: () => T): T {
  return shared.run(record, work);
}

/** This request's record; undefined outside the production server (next dev, tests, scripts). */
export function currentRequestRecord(): RequestRecord | undefined {
  return shared.getStore();
}
