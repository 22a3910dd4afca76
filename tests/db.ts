// Database helpers for integration tests (*.int.test.ts). Each test file has its own database,
// created by tests/setup/test-database.ts from a migrated template.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, inject } from "vitest";
import { PrismaClient } from "../lib/generated/prisma/client";

export type TestDatabase = {
  /** Name of this file's database. */
  name: string;
  /** Connection as the application role (what the app uses: RLS applies, owns nothing). */
  appUrl: string;
  /** Connection as the owner role (what migrations use: for arranging data behind the app's back). */
  ownerUrl: string;
  /** Connection that may create and drop databases (the embedded superuser, or DATABASE_URL's role). */
  adminUrl: string;
  /** Prisma client as the application role. */
  app: PrismaClient;
  /** Prisma client as the owner role. */
  owner: PrismaClient;
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: is this an integration test (*.int.test.ts)?`);
  return value;
}

/** Call at the top of a test file; the clients are created on first use and closed after the file. */
export function setupTestDatabase(): TestDatabase {
  const appUrl = required("APP_DATABASE_URL");
  const ownerUrl = required("DATABASE_URL");
  const clients: PrismaClient[] = [];
  const client = (url: string) => {
    let instance: PrismaClient | undefined;
    return () => {
      if (instance === undefined) {
        instance = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
        clients.push(instance);
      }
      return instance;
    };
  };
  const app = client(appUrl);
  const owner = client(ownerUrl);
  afterAll(async () => {
    await Promise.all(clients.map((instance) => instance.$disconnect()));
  });
  return {
    name: required("TEST_DATABASE_NAME"),
    appUrl,
    ownerUrl,
    adminUrl: inject("testDatabaseServer").adminUrl,
    get app() {
      return app();
    },
    get owner() {
      return owner();
    },
  };
}
