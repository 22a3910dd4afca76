import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const notTests = ["**/node_modules/**", "**/.git/**", ".next/**", ".data/**", "lib/generated/**", "e2e/**"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Vitest is not a React server: "server-only" would throw on import.
      "server-only": `${root}tests/support/server-only.ts`,
    },
  },
  test: {
    // The machine has 2 cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.{ts,tsx}"],
          exclude: [...notTests, "**/*.int.test.{ts,tsx}"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.{ts,tsx}"],
          exclude: notTests,
          // One Postgres server and a migrated template database per run…
          globalSetup: ["tests/setup/database-server.ts"],
          // …and a fresh database from that template for every test file.
          setupFiles: ["tests/setup/test-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
