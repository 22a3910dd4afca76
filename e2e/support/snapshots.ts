// Takes the nightly reporting snapshots (ADR 014) of one organization in the e2e database, as the
// app's scheduler would: the e2e server runs with SNAPSHOT_SCHEDULER=off, so rating figures appear
// on the insights pages only after a test calls this. Only the test's own organization (`--org`):
// a run of every organization that is due would change the rows of tests running beside it (the
// authorization matrix checks that nothing changes them).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { APP_ROLE, getEnv, withCredentials } from "../../lib/env";
import { e2eDatabaseUrl } from "./login";

const run = promisify(execFile);

/**
 * The organization's run at the last midnight (UTC) before `at`: ratings made before that
 * midnight count. A run at one cutoff happens once per organization.
 */
export async function takeSnapshots(orgId: string, at: Date = new Date()): Promise<void> {
  const appUrl = withCredentials(e2eDatabaseUrl(), APP_ROLE, getEnv().APP_DATABASE_PASSWORD);
  await run(
    "npx",
    [
      "tsx",
      "--conditions=react-server",
      path.join(__dirname, "../../scripts/db/snapshots.ts"),
      "--org",
      orgId,
      "--at",
      at.toISOString(),
    ],
    { env: { ...process.env, APP_DATABASE_URL: appUrl }, timeout: 120_000 },
  );
}
