// The only way to tenant data. Every call is one interactive transaction that first tells
// Postgres who is asking (transaction-local settings read by the row-level security policies in
// prisma/migrations/*_row_level_security); rows of any other organization are invisible to it and
// cannot be written by it, whatever the query says.
import "server-only";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A Prisma client bound to one transaction whose tenant settings are already in place. */
export type TenantTx = Prisma.TransactionClient;

export type TenantScope = {
  /** The organization of the URL, checked against the person's active membership (lib/orgs/resolve-workspace). */
  orgId: string;
  /** The signed-in person. */
  userId: string;
};

type Settings = { orgId?: string; userId?: string; invitationTokenHash?: string; ssoDomain?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Long enough for a CSV import of a few thousand rows; short enough that a stuck request frees its connection.
const TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 20_000 } as const;

function assertUuid(name: string, value: string | undefined) {
  // Ids come from the database and the session, never from a form: anything else is a bug.
  if (value !== undefined && !UUID.test(value)) throw new Error(`${name} must be a UUID`);
}

async function withSettings<T>(
  settings: Settings,
  work: (tx: TenantTx) => Promise<T>,
  options: { timeout: number; maxWait: number } = TRANSACTION_OPTIONS,
  client: Db = db,
): Promise<T> {
  assertUuid("orgId", settings.orgId);
  assertUuid("userId", settings.userId);
  return client.$transaction(async (tx) => {
    // Every setting is written, empty when not given: a pooled connection never carries a previous
    // request's values, and an empty value matches no row.
    await tx.$queryRaw`select set_config('app.org_id', ${settings.orgId ?? ""}, true),
                              set_config('app.user_id', ${settings.userId ?? ""}, true),
                              set_config('app.invitation_token_hash', ${settings.invitationTokenHash ?? ""}, true),
                              set_config('app.sso_domain', ${settings.ssoDomain ?? ""}, true)`;
    return work(tx);
  }, options);
}

/** Runs `work` in one transaction scoped to the organization `orgId`, acting as `userId`. */
export function withTenant<T>(scope: TenantScope, work: (tx: TenantTx) => Promise<T>): Promise<T> {
  return withSettings({ orgId: scope.orgId, userId: scope.userId }, work);
}

/**
 * withTenant on another client of the same database: the read replica (lib/db/read-routing.ts).
 * The same settings, so row-level security applies there exactly as on the primary.
 */
export function withTenantOn<T>(
  client: Db,
  scope: TenantScope,
  work: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  return withSettings({ orgId: scope.orgId, userId: scope.userId }, work, TRANSACTION_OPTIONS, client);
}

/**
 * Runs `work` in one transaction that sees only the person's own memberships and the organizations
 * they are an active member of: for listing and switching organizations, and resolving a URL's slug.
 */
export function withUser<T>(userId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
  return withSettings({ userId }, work);
}

/**
 * Runs `work` for the organization holding the invitation whose token hash is presented (the
 * accept page), as `userId` when someone is signed in. The organization is not known beforehand:
 * the global lookup InvitationToken (ADR 040; its presented_token policy shows only the row of that
 * hash) names it, and `work` gets that organization id (null when no invitation has the hash) and
 * a transaction already scoped to it, where the invitation is read by organization and hash.
 */
export function withInvitationToken<T>(
  scope: { tokenHash: string; userId?: string },
  work: (tx: TenantTx, organizationId: string | null) => Promise<T>,
): Promise<T> {
  return withSettings({ invitationTokenHash: scope.tokenHash, userId: scope.userId }, async (tx) => {
    const token = await tx.invitationToken.findUnique({
      where: { tokenHash: scope.tokenHash },
      select: { organizationId: true },
    });
    if (!token) return work(tx, null);
    assertUuid("organizationId", token.organizationId);
    await tx.$queryRaw`select set_config('app.org_id', ${token.organizationId}, true),
                              set_config('app.invitation_token_hash', '', true)`;
    return work(tx, token.organizationId);
  });
}

/**
 * Runs `work` for the organization that verified `domain` for single sign-on (ADR 016): sign-in
 * knows an address, not an organization. The global lookup VerifiedDomain (ADR 040; its
 * sso_domain_lookup policy shows only the row of that domain) names it; `work` gets its
 * organization id (null when no organization verified the domain) and a transaction already scoped
 * to that organization.
 */
export function withSsoDomain<T>(
  domain: string,
  work: (tx: TenantTx, organizationId: string | null) => Promise<T>,
): Promise<T> {
  return withSettings({ ssoDomain: domain }, async (tx) => {
    const row = await tx.verifiedDomain.findUnique({
      where: { domain },
      select: { organizationId: true },
    });
    if (!row) return work(tx, null);
    assertUuid("organizationId", row.organizationId);
    await tx.$queryRaw`select set_config('app.org_id', ${row.organizationId}, true),
                              set_config('app.sso_domain', '', true)`;
    return work(tx, row.organizationId);
  });
}

/**
 * Runs `work` for the organization itself, with nobody acting: the nightly reporting run (ADR 014),
 * which at ten thousand people takes longer than a request may (npm run bench, nightly-snapshots).
 */
export function withOrganization<T>(orgId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
  return withSettings({ orgId }, work, { maxWait: 5_000, timeout: 5 * 60_000 });
}

/**
 * Lists the ids of organizations whose nightly reporting run is due before `cutoff`: the only read
 * across organizations, allowed by the snapshot_scheduler policy (ids and that timestamp, nothing else).
 */
export function organizationsDueForSnapshots(cutoff: Date): Promise<string[]> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`select set_config('app.org_id', '', true), set_config('app.user_id', '', true),
                              set_config('app.scheduler', 'rating-snapshots', true)`;
    const rows = await tx.organization.findMany({
      where: { OR: [{ snapshotsTakenAt: null }, { snapshotsTakenAt: { lt: cutoff } }] },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    return rows.map((row) => row.id);
  }, TRANSACTION_OPTIONS);
}

/**
 * Lists every organization's id for the notification scheduler (lib/notifications): the
 * notification_scheduler policy lets this one transaction read organization rows, nothing else.
 * Each organization's reminders are then decided in a transaction scoped to it alone.
 */
export function organizationsForNotifications(): Promise<string[]> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`select set_config('app.org_id', '', true), set_config('app.user_id', '', true),
                              set_config('app.scheduler', 'notifications', true)`;
    const rows = await tx.organization.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    return rows.map((row) => row.id);
  }, TRANSACTION_OPTIONS);
}
