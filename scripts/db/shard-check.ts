// npm run db:shard-check — fails when a tenant table's primary key, a unique index or a foreign
// key to another tenant table leaves out "organizationId", which sharding by organization with
// Citus needs (ADR 035). Pending migrations are applied first, as `npm run db:audit` does.
import { checkShardKeys } from "./shard-keys";
import { runCli } from "./run-cli";
import { applyMigrations } from "./schema-engine";
import { describe, ensureDatabaseServer, withClient } from "./server";

runCli(async () => {
  const server = await ensureDatabaseServer({ log: () => {} });
  try {
    await applyMigrations(server.ownerUrl);
    const { tables, references, problems } = await withClient(server.ownerUrl, (client) =>
      checkShardKeys(client),
    );
    console.log(
      `Shard keys in ${describe(server.ownerUrl)} (${tables.length} tenant tables; global lookups: ${references.join(", ") || "none"}):`,
    );
    if (problems.length === 0) {
      console.log("  Every primary key, unique index and tenant foreign key includes organizationId.");
      return 0;
    }
    for (const problem of problems)
      console.log(`  FAIL ${problem.table}: ${problem.kind} ${problem.name} (${problem.columns.join(", ")})`);
    console.error(
      `${problems.length} constraint(s) leave out organizationId; see docs/decisions/035-sharding-by-organization-with-citus.md.`,
    );
    return 1;
  } finally {
    await server.stop();
  }
});
