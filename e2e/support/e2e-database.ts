// Where the e2e server's database is (scripts/e2e-server.ts makes it): the test Postgres, database
// "evne_e2e". Read by the Playwright config, before any test file loads, and by the support files.
import { APP_ROLE, databaseUrls, getEnv, withCredentials, withDatabase } from "../../lib/env";
import { TEST_PG_PORT } from "../../tests/support/test-server";

const E2E_DATABASE = "evne_e2e";

/** Owner connection to the e2e server's database, for arranging and checking data behind the app's back. */
export function e2eDatabaseUrl(): string {
  return withDatabase(databaseUrls({ ...getEnv(), EMBEDDED_PG_PORT: TEST_PG_PORT }).ownerUrl, E2E_DATABASE);
}

/** The application role's connection to it: what the app itself uses, under row-level security. */
export function e2eAppDatabaseUrl(): string {
  return withCredentials(e2eDatabaseUrl(), APP_ROLE, getEnv().APP_DATABASE_PASSWORD);
}
