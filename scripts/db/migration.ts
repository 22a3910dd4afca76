// npm run db:migration -- <name> [--draft] — writes prisma/migrations/<timestamp>_<name>/migration.sql
// for what schema.prisma adds to the committed migrations. --draft writes one even without a schema
// change, for hand-written SQL (grants, row-level security).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { runCli } from "./run-cli";
import { LOCKFILE_CONTENT, LOCKFILE_NAME, MIGRATIONS_DIR, SCHEMA_PATH, nextMigration } from "./schema-engine";
import { ensureDatabaseServer } from "./server";

runCli(async () => {
  const args = process.argv.slice(2);
  const draft = args.includes("--draft");
  const rawName = args.find((arg) => !arg.startsWith("--"));
  const name = rawName
    ?.toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!name) {
    console.error("usage: npm run db:migration -- <name> [--draft]");
    return 2;
  }

  const schema = await readFile(SCHEMA_PATH, "utf8");
  const server = await ensureDatabaseServer({ log: () => {} });
  try {
    const migration = await nextMigration(server.ownerUrl, { name, schema, draft });
    if (migration === null) {
      console.log("No change: schema.prisma matches the committed migrations; nothing written.");
      return 0;
    }
    const dir = path.join(MIGRATIONS_DIR, migration.name);
    await mkdir(MIGRATIONS_DIR, { recursive: true });
    await mkdir(dir); // fails if it exists: never overwrite a migration
    await writeFile(path.join(dir, "migration.sql"), migration.script, "utf8");
    await writeFile(path.join(MIGRATIONS_DIR, LOCKFILE_NAME), LOCKFILE_CONTENT, "utf8");
    console.log(
      `Wrote ${path.relative(process.cwd(), dir)}/migration.sql; apply it with \`npm run db:migrate\`.`,
    );
    return 0;
  } finally {
    await server.stop();
  }
});
