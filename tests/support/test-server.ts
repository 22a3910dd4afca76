/**
 * Where the tests' own embedded Postgres lives: apart from `npm start`'s (.data/postgres, 54329)
 * so tests never touch development data. TEST_PG_PORT moves it, e.g. to run two checkouts at once.
 */
export const TEST_PG_DIR = ".data/postgres-test";
export const TEST_PG_PORT = Number(process.env.TEST_PG_PORT ?? 54330);
