// Runs the nightly reporting snapshots of every organization that is due (ADR 014). Called by the
// app's scheduler every few minutes, by `npm run snapshots`, and by the demo seed and the tests with
// an explicit time. Safe to run from several processes at once: each organization's run takes a
// row lock and does nothing when another run already took the same cutoff.
import "server-only";
import { q, queryRows } from "@/lib/db/sql";
import { organizationsDueForSnapshots, withOrganization } from "@/lib/db/tenant";
import { publishRatingSnapshots, snapshotCutoff, type SnapshotRunResult } from "./publish-snapshots";

/** One organization's run at `cutoff`, unless a run at that cutoff (or a later one) already happened. */
export async function runOrganizationSnapshots(
  orgId: string,
  cutoff: Date,
): Promise<SnapshotRunResult | null> {
  return withOrganization(orgId, async (tx) => {
    const [row] = await queryRows(
      tx,
      q.selectFrom("Organization").select("snapshotsTakenAt").where("id", "=", orgId).forUpdate(),
    );
    if (!row || (row.snapshotsTakenAt && row.snapshotsTakenAt.getTime() >= cutoff.getTime())) return null;
    const result = await publishRatingSnapshots({ tx, orgId, cutoff });
    await tx.organization.update({ where: { id: orgId }, data: { snapshotsTakenAt: cutoff } });
    return result;
  });
}

/** Every due organization's run at the last midnight (UTC) before `now`. */
export async function runDueSnapshots(now: Date = new Date()) {
  const cutoff = snapshotCutoff(now);
  const results: { orgId: string; result: SnapshotRunResult }[] = [];
  for (const orgId of await organizationsDueForSnapshots(cutoff)) {
    const result = await runOrganizationSnapshots(orgId, cutoff);
    if (result) results.push({ orgId, result });
  }
  return results;
}

const CHECK_EVERY_MS = 10 * 60 * 1000;

/**
 * Checks for due runs at start-up and then every ten minutes, in the app process (until the job
 * queue of issue 16 takes this over). A failure is logged and tried again at the next check.
 */
export function scheduleSnapshots(log: (message: string) => void = console.error): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueSnapshots();
    } catch (error) {
      log(
        `Reporting snapshots failed, will retry: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
