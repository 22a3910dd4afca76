// Counts the SQL statements the application sends, through its own pool (issue 17): the
// integration test of a page's loader asserts its count, and `npm run bench` prints it per request.
// Every query a pooled connection sends is counted, BEGIN and COMMIT included: a round trip costs
// the same whatever it says.
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";

// On globalThis: a production server loads this module more than once (lib/db/client.ts), and
// every copy must count into the one pool's figures.
const shared = ((
  globalThis as typeof globalThis & { evneStatementCount?: SharedCount }
).evneStatementCount ??= { counters: new AsyncLocalStorage() });
type SharedCount = { counters: AsyncLocalStorage<{ statements: number }> };
const { counters } = shared;

/**
 * Makes `pool` count every statement its connections send. With EVNE_SQL_LOG=1 each one is also
 * written to stdout as a `[sql]` line: `npm run bench` counts a page's statements from its server's
 * output, between requests it sends one at a time.
 */
export function countStatementsOf(pool: pg.Pool): pg.Pool {
  const log = process.env.EVNE_SQL_LOG === "1";
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const counter = counters.getStore();
      if (counter) counter.statements += 1;
      if (log) console.log(`[sql] ${describe(args[0]).replace(/\s+/g, " ").slice(0, 80)}`);
      return query(...args);
    };
  });
  return pool;
}

/** Runs `work` and counts the statements it sent (its own async context only, not other requests'). */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter = { statements: 0 };
  const result = await counters.run(counter, work);
  return { result, statements: counter.statements };
}

function describe(query: unknown): string {
  if (typeof query === "string") return query;
  const text = (query as { text?: unknown } | null)?.text;
  return typeof text === "string" ? text : "?";
}
