// Prisma CLI configuration. Migrations are applied by `npm run db:migrate` (WebAssembly schema engine,
// see scripts/db/); this URL serves the CLI commands that do work offline (generate, studio) and
// `prisma migrate deploy` on a machine with Prisma's native engine.
import { defineConfig } from "prisma/config";
import { databaseUrls } from "./lib/env";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: databaseUrls().ownerUrl },
});
