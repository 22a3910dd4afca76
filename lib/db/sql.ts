// Typed SQL (ADR 037). Statements Prisma's query API cannot express are built with Kysely against
// lib/generated/kysely/types.ts, which `npm run db:generate` writes from prisma/schema.prisma beside
// the Prisma client: a renamed column or table is a type error in the query and in its rows.
//
// Kysely only compiles here; it never opens a connection. The compiled SQL and its parameters run
// through the Prisma client or transaction the caller already holds, so row-level security (the
// app.* settings withTenant puts on that transaction, lib/db/tenant.ts), the one transaction per
// page and the statement counting stay exactly as they are.
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
  type InferResult,
  type Selectable,
} from "kysely";
import type { DB } from "@/lib/generated/kysely/types";

export type { DB } from "@/lib/generated/kysely/types";
import { sql } from "kysely";
export { sql };

/** A query builder for our schema that compiles to Postgres SQL and runs nothing by itself. */
export const q = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/**
 * The columns `C` of table `T` as a row comes back from Postgres. For the few statements kept as
 * SQL text (listed in ADR 037): their row types come from the schema, not from a hand-written copy.
 */
export type Row<T extends keyof DB, C extends keyof Selectable<DB[T]> = keyof Selectable<DB[T]>> = Pick<
  Selectable<DB[T]>,
  C
>;

/** What runs SQL: a Prisma client or a transaction from withTenant and friends. */
type Runner = {
  $queryRawUnsafe<R = unknown>(query: string, ...values: unknown[]): Promise<R>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
};

/**
 * Runs a Kysely query on `runner` (the caller's Prisma transaction) and returns its rows, typed
 * from the query. The parameters travel separately from the SQL text, as with Prisma's $queryRaw.
 */
export function queryRows<Q extends Compilable<unknown>>(runner: Runner, query: Q): Promise<InferResult<Q>> {
  const compiled = query.compile();
  return runner.$queryRawUnsafe<InferResult<Q>>(compiled.sql, ...compiled.parameters);
}

/** Runs a Kysely statement that returns no rows and answers how many rows it touched. */
export function execute(runner: Runner, query: Compilable<unknown>): Promise<number> {
  const compiled = query.compile();
  return runner.$executeRawUnsafe(compiled.sql, ...compiled.parameters);
}

/**
 * A uuid parameter cast in the SQL (`$1::uuid`). Needed where Postgres cannot infer the type from a
 * column, e.g. a value in the select list of INSERT … SELECT, which it would otherwise take as text.
 */
export const uuid = (value: string) => sql<string>`${value}::uuid`;

/**
 * A Prisma.sql fragment inside a Kysely query, its values still sent as parameters: for the shared
 * fragments that are still SQL text (who counts as a team's learners, lib/insights/who-counts.ts,
 * listed in ADR 037), so the query around them is typed today.
 */
export function fromPrismaSql<T = unknown>(fragment: {
  strings: readonly string[];
  values: readonly unknown[];
}) {
  const strings = Object.assign([...fragment.strings], { raw: [...fragment.strings] });
  return sql<T>(strings, ...fragment.values);
}

/** Column `C` of table `T` as a row comes back: for aliased columns of statements kept as SQL text. */
export type Col<T extends keyof DB, C extends keyof Selectable<DB[T]>> = Selectable<DB[T]>[C];
