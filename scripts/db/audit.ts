// npm run db:audit — fails unless every table with organizationId (and Organization itself) has
// row-level security enabled and forced with a policy on app.org_id, and the application role is
// neither a superuser, nor BYPASSRLS, nor the owner of anything (nor a member of such a role).
// Pending migrations are applied first (as `npm run db:migrate` would), so a fresh machine audits
// the schema the migrations make rather than an empty database.
import { APP_ROLE } from "../../lib/env";
import { auditRowLevelSecurity } from "./rls-audit";
import { runCli } from "./run-cli";
import { applyMigrations } from "./schema-engine";
import { describe, ensureDatabaseServer, withClient } from "./server";

runCli(async () => {
  const server = await ensureDatabaseServer({ log: () => {} });
  try {
    const applied = await applyMigrations(server.ownerUrl);
    if (applied.length > 0) console.log(`Applied ${applied.length} pending migration(s) first.`);
    const audit = await withClient(server.ownerUrl, (client) => auditRowLevelSecurity(client, APP_ROLE));
    console.log(`Row-level security in ${describe(server.ownerUrl)}:`);
    for (const table of audit.tables) {
      const ok = table.rlsEnabled && table.rlsForced && table.orgPolicies.length > 0;
      console.log(
        `  ${ok ? "ok  " : "FAIL"} ${table.table}: ${table.rlsEnabled ? "enabled" : "NOT enabled"}, ${table.rlsForced ? "forced" : "NOT forced"}, policies: ${table.policies.join(", ") || "none"}`,
      );
    }
    const { role } = audit;
    console.log(
      `Application role ${role.role}: ${role.superuser ? "SUPERUSER" : "no superuser"}, ${role.bypassRls ? "BYPASSRLS" : "no BYPASSRLS"}, owns ${role.ownedRelations.length} relation(s)`,
    );
    if (audit.problems.length === 0) {
      console.log(`All ${audit.tables.length} tenant tables are isolated.`);
      return 0;
    }
    console.error(`\n${audit.problems.length} problem(s):\n  ${audit.problems.join("\n  ")}`);
    return 1;
  } finally {
    await server.stop();
  }
});
