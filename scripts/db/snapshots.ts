// npm run snapshots [-- --at <ISO time>] [--org <organization id>]: takes the reporting snapshots
// of every organization whose nightly run is due (ADR 014), as the app's scheduler does, then
// exits; with --org, of that organization only. For operators who run the app with
// SNAPSHOT_SCHEDULER=off, and for the end-to-end tests, which give the time and their organization.
import { runCli } from "./run-cli";
import { ensureDatabaseServer } from "./server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? "") : undefined;
}

runCli(async () => {
  const atOption = option("--at");
  const at = atOption === undefined ? new Date() : new Date(atOption);
  const orgId = option("--org");
  if (Number.isNaN(at.getTime()) || (orgId !== undefined && !UUID.test(orgId))) {
    console.error("usage: npm run snapshots [-- --at 2026-12-07T00:00:00Z] [--org <organization id>]");
    return 2;
  }
  const server = process.env.APP_DATABASE_URL ? null : await ensureDatabaseServer({ log: () => {} });
  try {
    if (server) process.env.APP_DATABASE_URL = server.appUrl;
    // Imported only now: the database client reads APP_DATABASE_URL when it is loaded.
    const { runDueSnapshots, runOrganizationSnapshots } =
      await import("../../lib/insights/snapshots/run-due-snapshots");
    const { snapshotCutoff } = await import("../../lib/insights/snapshots/publish-snapshots");
    const { db } = await import("../../lib/db/client");
    const results = await (async () => {
      if (orgId === undefined) return runDueSnapshots(at);
      const result = await runOrganizationSnapshots(orgId, snapshotCutoff(at));
      return result ? [{ orgId, result }] : [];
    })().finally(() => db.$disconnect());
    const published = results.reduce((sum, { result }) => sum + result.published, 0);
    console.log(
      `Reporting snapshots: ${results.length} organization(s) run, ${published} figure(s) published.`,
    );
    return 0;
  } finally {
    await server?.stop();
  }
});
