// Runs before each integration test file: a fresh database copied from the migrated template, dropped
// after the file. DATABASE_URL and APP_DATABASE_URL point at it, so lib/env, lib/db/client and the
// helpers in tests/db.ts all use it.
import { afterAll, inject } from "vitest";
import { withDatabase } from "../../lib/env";
import { createDatabase, dropDatabase, testDatabaseName } from "../support/test-databases";

const server = inject("testDatabaseServer");
const name = testDatabaseName("db");
await createDatabase(server.adminUrl, name, { owner: server.ownerRole, template: server.template });

process.env.TEST_DATABASE_NAME = name;
process.env.DATABASE_URL = withDatabase(server.ownerUrl, name);
process.env.APP_DATABASE_URL = withDatabase(server.appUrl, name);

afterAll(async () => {
  // lib/db/client keeps its client on globalThis; close it so the database can go (a non-superuser
  // owner may not cut the application role's connections), and forget it so no later file reuses it.
  const globalForDb = globalThis as { evneDb?: { $disconnect(): Promise<void> } };
  await globalForDb.evneDb?.$disconnect();
  delete globalForDb.evneDb;
  await dropDatabase(server.adminUrl, name);
});
