// npm run db:seed — start or find the server, apply pending migrations, then load content/programs
// into the library tables as the owner. Idempotent: a second run reports every program unchanged.
import { seedLibraryAt, summarizeSeed } from "../../lib/library/seed-library";
import { runCli } from "./run-cli";
import { applyMigrations } from "./schema-engine";
import { describe, ensureDatabaseServer } from "./server";

runCli(async () => {
  const server = await ensureDatabaseServer();
  try {
    const applied = await applyMigrations(server.ownerUrl);
    if (applied.length > 0)
      console.log(`Applied ${applied.length} migration(s) to ${describe(server.ownerUrl)}.`);
    const result = await seedLibraryAt(server.ownerUrl);
    for (const outcome of ["created", "updated", "unchanged"] as const) {
      for (const slug of result[outcome]) console.log(`${outcome.padEnd(9)} ${slug}`);
    }
    console.log(summarizeSeed(result));
  } finally {
    await server.stop();
  }
});
