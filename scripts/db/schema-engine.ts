// Prisma's schema engine, compiled to WebAssembly: Prisma's native engine cannot be downloaded here
// (docs: shared environment.md). Same migration format and `_prisma_migrations` records as `prisma migrate`.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { withDatabase } from "../../lib/env";
import { migrateJobQueue } from "../../lib/jobs/job-queue-schema";

export const PRISMA_DIR = fileURLToPath(new URL("../../prisma", import.meta.url));
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
export const LOCKFILE_NAME = "migration_lock.toml";

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    // The engine races each operation against a 10 s timer that it never clears: unref those timers,
    // or every command would wait them out before the process can exit.
    const imports: Record<string, unknown> = { ...bg };
    for (const key of Object.keys(imports).filter((name) => name.startsWith("__wbg_setTimeout_"))) {
      imports[key] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

/** Reads prisma/migrations exactly like the Prisma CLI does (every folder, sorted, its migration.sql). */
export async function readMigrations(baseDir: string = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockContent = await readFile(path.join(baseDir, LOCKFILE_NAME), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(baseDir, entry.name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir,
    lockfile: { path: LOCKFILE_NAME, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PgResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function charAsText<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as PgResultLike)?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

/**
 * The engine reads the catalogs, whose one-byte `"char"` columns (pg_class.relkind, …) @prisma/adapter-pg
 * 7.10 rejects as an unsupported type: report them as text, which is what they are.
 */
class EngineClient extends pg.Client {
  // pg's query() has many overloads; this only post-processes results, whatever the form.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last: unknown = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, charAsText(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out: unknown = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(charAsText) : out;
  }
}

function enginePool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 2, Client: EngineClient });
  pool.on("error", () => {});
  return pool;
}

/**
 * @prisma/adapter-pg 7.10 runs a script by splitting it on ";", which breaks DO blocks, function bodies
 * and literals. Send it whole, as Prisma's native engine does (one simple query: one implicit transaction).
 */
async function withWholeScripts(adapter: SqlDriverAdapter, pool: pg.Pool): Promise<SqlDriverAdapter> {
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

/**
 * Connections for the engine: `url` for the main database, and a scratch ("shadow") database that
 * `url`'s role creates and drops, so migrations replay there as that role, as they will for real.
 */
export class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  private readonly pools: pg.Pool[] = [];

  constructor(private readonly url: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    const pool = enginePool(this.url);
    this.pools.push(pool);
    return withWholeScripts(await new PrismaPg(pool).connect(), pool);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_shadow_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    await runSql(this.url, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    const pool = enginePool(withDatabase(this.url, name));
    const adapter = await withWholeScripts(await new PrismaPg(pool).connect(), pool);
    // PrismaPg's own shadow database is dropped before its pool closes, which Postgres refuses.
    adapter.dispose = async () => {
      await pool.end();
      await runSql(this.url, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    };
    return adapter;
  }

  async close(): Promise<void> {
    await Promise.all(this.pools.splice(0).map((pool) => pool.end()));
  }
}

async function runSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type Engine = {
  engine: SchemaEngine;
  /** Frees the engine and closes its connections. */
  close(): Promise<void>;
};

/** An engine connected as `url` (the owner role: it applies migrations and creates scratch databases). */
export async function openEngine(url: string): Promise<Engine> {
  await loadWasm();
  const factory = new EngineAdapterFactory(url);
  const engine = await bg.SchemaEngine.new(
    { datamodels: undefined },
    (log: string) => {
      if (process.env.DEBUG) console.error(log);
    },
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    async close() {
      engine.free();
      await factory.close();
    },
  };
}

async function withEngine<T>(url: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openEngine(url);
  try {
    return await run(engine);
  } finally {
    await close();
  }
}

/**
 * Applies the migrations not yet recorded in `_prisma_migrations` and, with the committed ones, the
 * job queue's own (lib/jobs/job-queue-schema.ts); returns the names of Prisma's it applied.
 */
export async function applyMigrations(url: string, migrations?: MigrationList): Promise<string[]> {
  const migrationsList = migrations ?? (await readMigrations());
  const applied = await withEngine(url, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return appliedMigrationNames;
  });
  if (migrations === undefined) await migrateJobQueue(url);
  return applied;
}

/**
 * SQL that turns the database built by the committed migrations into `schema` ("" when they agree).
 * The engine replays the migrations in a scratch database that `url`'s role creates and drops.
 */
export async function diffMigrationsToSchema(
  url: string,
  schema: string,
  migrations?: MigrationList,
): Promise<string> {
  const migrationsList = migrations ?? (await readMigrations());
  return withEngine(url, async (engine) => {
    const result = await engine.diff({
      // With no migration yet there is no lockfile either; the engine needs one to know the provider.
      from: {
        tag: "migrations",
        ...migrationsList,
        lockfile: {
          ...migrationsList.lockfile,
          content: migrationsList.lockfile.content ?? LOCKFILE_CONTENT,
        },
      },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: false,
      filters: NO_FILTER,
    });
    return normalizeScript(result.stdout ?? "");
  });
}

const EMPTY_MIGRATION = "-- This is an empty migration.";

/** Prisma prints a comment for an empty script. */
function normalizeScript(script: string): string {
  const trimmed = script.trim();
  return trimmed === "" || trimmed === EMPTY_MIGRATION ? "" : script;
}

export type NewMigration = { name: string; script: string };

/**
 * The next migration for `schema`, named like Prisma names it (`<UTC yyyymmddhhmmss>_<name>`);
 * null when the schema adds nothing and `draft` is false. (The engine's own createMigration needs a
 * shadow database it cannot create in its WebAssembly build; its diff can, through the adapter.)
 */
export async function nextMigration(
  url: string,
  options: { name: string; schema: string; draft: boolean; migrations?: MigrationList; now?: Date },
): Promise<NewMigration | null> {
  const script = await diffMigrationsToSchema(url, options.schema, options.migrations);
  if (script === "" && !options.draft) return null;
  const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
  return { name: `${stamp}_${options.name}`, script: script === "" ? `${EMPTY_MIGRATION}\n` : script };
}

/** migration_lock.toml exactly as Prisma writes it. */
export const LOCKFILE_CONTENT =
  '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n';
