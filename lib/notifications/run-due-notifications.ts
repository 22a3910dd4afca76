// The notification scan (ADR 020): every quarter of an hour the job worker decides, organization by
// organization, which notification mails are due now and claims them (claim-notifications.ts).
// Running it more often, twice at once or again after a crash sends nothing twice.
import "server-only";
import { organizationsForNotifications, withOrganization } from "@/lib/db/tenant";
import { claimAssigned, claimDigests, claimDueReminders, claimRateAgain } from "./claim-notifications";

export type ClaimedNotifications = {
  assigned: number;
  dueReminder: number;
  rateAgain: number;
  digest: number;
};

export function runOrganizationNotifications(orgId: string, now: Date): Promise<ClaimedNotifications> {
  return withOrganization(orgId, async (tx) => ({
    assigned: await claimAssigned(tx, { orgId, now }),
    dueReminder: await claimDueReminders(tx, { orgId, now }),
    rateAgain: await claimRateAgain(tx, { orgId, now }),
    digest: await claimDigests(tx, { orgId, now }),
  }));
}

/** Claims what is due in every organization; one organization's failure does not hold the others. */
export async function runDueNotifications(now: Date = new Date()): Promise<ClaimedNotifications> {
  const total: ClaimedNotifications = { assigned: 0, dueReminder: 0, rateAgain: 0, digest: 0 };
  for (const orgId of await organizationsForNotifications()) {
    try {
      const claimed = await runOrganizationNotifications(orgId, now);
      for (const kind of Object.keys(total) as (keyof ClaimedNotifications)[]) total[kind] += claimed[kind];
    } catch (error) {
      console.error(
        `notifications of organization ${orgId} failed, next scan retries: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return total;
}
