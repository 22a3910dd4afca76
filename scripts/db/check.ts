// npm run db:check — fails when prisma/schema.prisma and the committed migrations disagree (drift).
import { readFile } from "node:fs/promises";
import { runCli } from "./run-cli";
import { SCHEMA_PATH, diffMigrationsToSchema } from "./schema-engine";
import { ensureDatabaseServer } from "./server";

runCli(async () => {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const server = await ensureDatabaseServer({ log: () => {} });
  try {
    const drift = await diffMigrationsToSchema(server.ownerUrl, schema);
    if (drift === "") {
      console.log("prisma/schema.prisma matches the committed migrations.");
      return 0;
    }
    console.error(
      "prisma/schema.prisma differs from the committed migrations; `npm run db:migration -- <name>` would write:\n",
    );
    console.error(drift);
    return 1;
  } finally {
    await server.stop();
  }
});
