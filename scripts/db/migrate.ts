// npm run db:migrate — start or find the server, ensure the roles, apply pending migrations as the owner.
import { runCli } from "./run-cli";
import { applyMigrations } from "./schema-engine";
import { describe, ensureDatabaseServer } from "./server";

runCli(async () => {
  const server = await ensureDatabaseServer();
  try {
    const applied = await applyMigrations(server.ownerUrl);
    if (applied.length === 0) console.log(`Database ${describe(server.ownerUrl)} is up to date.`);
    else
      console.log(
        `Applied ${applied.length} migration(s) to ${describe(server.ownerUrl)}:\n  ${applied.join("\n  ")}`,
      );
  } finally {
    await server.stop();
  }
});
