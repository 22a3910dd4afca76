// Takes the nightly reporting snapshots (ADR 014) of one organization in the e2e database, as the
// app's scheduler would: the e2e server runs with SNAPSHOT_SCHEDULER=off, so rating figures appear
// on the insights pages only after a test calls this. Only the test's own organization: a run of
// every organization that is due would change the rows of tests running beside it (the
// authorization matrix checks that nothing changes them).
import { takeSnapshots as takeOrganizationSnapshots } from "@/lib/insights/testing/insight-fixtures";

/**
 * The organization's run at the last midnight (UTC) before `at`: ratings made before that
 * midnight count. A run at one cutoff happens once per organization.
 */
export async function takeSnapshots(orgId: string, at: Date = new Date()): Promise<void> {
  await takeOrganizationSnapshots({ id: orgId }, at);
}
