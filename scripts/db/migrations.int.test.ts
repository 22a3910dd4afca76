import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withDatabase } from "../../lib/env";
import { setupTestDatabase } from "../../tests/db";
import { createDatabase, dropDatabase, testDatabaseName } from "../../tests/support/test-databases";
import {
  LOCKFILE_CONTENT,
  SCHEMA_PATH,
  EngineAdapterFactory,
  applyMigrations,
  diffMigrationsToSchema,
  nextMigration,
  readMigrations,
} from "./schema-engine";
import { withClient } from "./server";

const database = setupTestDatabase();
const created: string[] = [];
const tempDirs: string[] = [];

afterAll(async () => {
  for (const name of created) await dropDatabase(database.adminUrl, name);
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

/** An empty database owned by the owner role, as `npm run db:migrate` finds a new one. */
async function emptyDatabase(): Promise<string> {
  const name = testDatabaseName("db");
  const ownerRole = decodeURIComponent(new URL(database.ownerUrl).username);
  await createDatabase(database.adminUrl, name, { owner: ownerRole });
  created.push(name);
  return withDatabase(database.ownerUrl, name);
}

describe("applying migrations (npm run db:migrate)", () => {
  it("applies every migration once, recorded like Prisma does, and nothing on the second run", async () => {
    const url = await emptyDatabase();
    const migrations = await readMigrations();
    const names = migrations.migrationDirectories.map((dir) => dir.path);
    expect(names.length).toBeGreaterThanOrEqual(2);

    expect(await applyMigrations(url)).toEqual(names);
    expect(await applyMigrations(url)).toEqual([]);

    const { rows } = await withClient(url, (client) =>
      client.query<{ migration_name: string; checksum: string; finished: boolean; rolled_back: boolean }>(
        `select migration_name, checksum, finished_at is not null as finished, rolled_back_at is not null as rolled_back
           from _prisma_migrations order by migration_name`,
      ),
    );
    const expected = await Promise.all(
      migrations.migrationDirectories.map(async (dir) => ({
        migration_name: dir.path,
        checksum: createHash("sha256")
          .update(await readFile(path.join(migrations.baseDir, dir.path, "migration.sql")))
          .digest("hex"),
        finished: true,
        rolled_back: false,
      })),
    );
    expect(rows).toEqual(expected);
  });

  it("finds nothing to apply in a database copied from the migrated template", async () => {
    expect(await applyMigrations(database.ownerUrl)).toEqual([]);
  });

  it("runs hand-written SQL whole: DO blocks and semicolons inside literals", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "evne-migrations-"));
    tempDirs.push(dir);
    await writeFile(path.join(dir, "migration_lock.toml"), LOCKFILE_CONTENT);
    await mkdir(path.join(dir, "20000101000000_plpgsql"));
    await writeFile(
      path.join(dir, "20000101000000_plpgsql", "migration.sql"),
      `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL);
DO $$
BEGIN
  INSERT INTO "Note" VALUES (1, 'one; two');
  INSERT INTO "Note" VALUES (2, 'three');
END
$$;
COMMENT ON TABLE "Note" IS 'a; b';
`,
    );
    const url = await emptyDatabase();
    expect(await applyMigrations(url, await readMigrations(dir))).toEqual(["20000101000000_plpgsql"]);
    const { rows } = await withClient(url, (client) =>
      client.query<{ text: string; comment: string }>(
        `select string_agg(text, '|' order by id) as text, obj_description('"Note"'::regclass) as comment from "Note"`,
      ),
    );
    expect(rows).toEqual([{ text: "one; two|three", comment: "a; b" }]);
  });
});

describe("drift check (npm run db:check) and new migrations (npm run db:migration)", () => {
  it("finds no difference between the committed migrations and schema.prisma", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    expect(await diffMigrationsToSchema(database.ownerUrl, schema)).toBe("");
    expect(await nextMigration(database.ownerUrl, { name: "noop", schema, draft: false })).toBeNull();
  });

  it("reports the SQL a changed schema needs", async () => {
    const schema = `${await readFile(SCHEMA_PATH, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`;
    const drift = await diffMigrationsToSchema(database.ownerUrl, schema);
    expect(drift).toContain('CREATE TABLE "DriftProbe"');

    const migration = await nextMigration(database.ownerUrl, {
      name: "drift_probe",
      schema,
      draft: false,
      now: new Date("2030-01-02T03:04:05Z"),
    });
    expect(migration).toEqual({ name: "20300102030405_drift_probe", script: drift });
  });

  it("writes an empty draft for hand-written SQL", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const draft = await nextMigration(database.ownerUrl, { name: "rls", schema, draft: true });
    expect(draft?.name).toMatch(/^\d{14}_rls$/);
    expect(draft?.script).toBe("-- This is an empty migration.\n");
  });

  it("drops its scratch database after use, even though the engine still had it open", async () => {
    const factory = new EngineAdapterFactory(database.ownerUrl);
    const shadow = await factory.connectToShadowDb();
    const result = await shadow.queryRaw({
      sql: "select current_database() as name",
      args: [],
      argTypes: [],
    });
    const name = String(result.rows[0]?.[0]);
    expect(name).toMatch(/^prisma_shadow_/);
    await shadow.dispose();
    await factory.close();
    const { rowCount } = await withClient(database.adminUrl, (client) =>
      client.query("select 1 from pg_database where datname = $1", [name]),
    );
    expect(rowCount).toBe(0);
  });

  it('reads catalog columns of type "char", which @prisma/adapter-pg rejects by itself', async () => {
    const factory = new EngineAdapterFactory(database.ownerUrl);
    const adapter = await factory.connect();
    const result = await adapter.queryRaw({
      sql: `select relkind from pg_class where relname = 'AppMeta'`,
      args: [],
      argTypes: [],
    });
    expect(result.rows).toEqual([["r"]]);
    await factory.close();
  });
});
