import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { AuditFilters } from "./audit-query";
import { caseVariants } from "./search-variants";
import type { WorkspaceContext } from "./workspace-context";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntryRow = {
  id: string;
  action: string;
  targetType: string;
  targetId: string | null;
  /** What the entry recorded at the time (names, emails, old and new values). */
  data: Record<string, unknown>;
  createdAt: Date;
  /** Null when the person's account has since been deleted. */
  actor: { id: string; name: string | null; email: string } | null;
};

export type AuditPage = {
  entries: AuditEntryRow[];
  /** Pass as `before` for the next, older page; null on the last page. */
  nextBefore: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The days of the period filter are days in Norway (and the Netherlands): the log's one clock.
// createdAt is a UTC timestamp without zone, so the day's start is turned into one.
const ZONE = "Europe/Oslo";

/**
 * The organization's audit log, newest first, a page at a time (keyset on time and id, so a page
 * never repeats or skips an entry written meanwhile), filtered by person, kind and period. HR only.
 */
export const listAuditEntries = defineUseCase({ permission: "audit.view", run: listAuditEntriesUnchecked });
async function listAuditEntriesUnchecked(
  options: {
    tx: TenantTx;
    ctx: WorkspaceContext;
    /** Id of the last entry of the previous page. */
    before?: string;
    /** Entries per page (the CSV export reads bigger pages). */
    pageSize?: number;
  } & AuditFilters,
): Promise<AuditPage> {
  const { tx, ctx } = options;
  const pageSize = options.pageSize ?? AUDIT_PAGE_SIZE;
  const before = options.before && UUID.test(options.before) ? options.before : undefined;
  // Another organization's entry as the cursor is not found here, and so ignored.
  const anchor = before
    ? await tx.auditEntry.findFirst({
        where: { id: before, organizationId: ctx.orgId },
        select: { id: true, createdAt: true },
      })
    : null;
  const conditions: Prisma.Sql[] = [Prisma.sql`a."organizationId" = ${ctx.orgId}::uuid`];
  if (options.kind) conditions.push(Prisma.sql`a.action like ${`${options.kind}.%`}`);
  if (options.person) {
    const patterns = caseVariants(options.person).map((variant) => `%${variant.replace(/[\\%_]/g, "\\$&")}%`);
    conditions.push(Prisma.sql`(u.name ilike any(${patterns}::text[]) or u.email ilike any(${patterns}::text[])
      or a.data->>'name' ilike any(${patterns}::text[]) or a.data->>'email' ilike any(${patterns}::text[]))`);
  }
  if (options.from) {
    conditions.push(
      Prisma.sql`a."createdAt" >= ((${options.from}::date::timestamp at time zone ${ZONE}) at time zone 'UTC')`,
    );
  }
  if (options.to) {
    conditions.push(
      Prisma.sql`a."createdAt" < (((${options.to}::date + 1)::timestamp at time zone ${ZONE}) at time zone 'UTC')`,
    );
  }
  if (anchor) {
    conditions.push(Prisma.sql`(a."createdAt", a.id) < (${anchor.createdAt}::timestamp, ${anchor.id}::uuid)`);
  }
  const rows = await tx.$queryRaw<
    {
      id: string;
      action: string;
      targetType: string;
      targetId: string | null;
      data: unknown;
      createdAt: Date;
      actorId: string | null;
      actorName: string | null;
      actorEmail: string | null;
    }[]
  >`select a.id, a.action, a."targetType", a."targetId", a.data, a."createdAt", u.id as "actorId",
           u.name as "actorName", u.email as "actorEmail"
    from "AuditEntry" a left join "User" u on u.id = a."actorId"
    where ${Prisma.join(conditions, " and ")}
    order by a."createdAt" desc, a.id desc
    limit ${pageSize + 1}`;
  const page = rows.slice(0, pageSize);
  return {
    entries: page.map((row) => ({
      id: row.id,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      data:
        row.data !== null && typeof row.data === "object" && !Array.isArray(row.data)
          ? (row.data as Record<string, unknown>)
          : {},
      createdAt: row.createdAt,
      actor: row.actorId ? { id: row.actorId, name: row.actorName, email: row.actorEmail ?? "" } : null,
    })),
    nextBefore: rows.length > pageSize ? (page.at(-1)?.id ?? null) : null,
  };
}
