import "server-only";
import type { Expression, SqlBool } from "kysely";
import { q, queryRows, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
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
  const patterns = options.person
    ? caseVariants(options.person).map((variant) => `%${variant.replace(/[\\%_]/g, "\\$&")}%`)
    : null;
  const anyPattern = (patterns: string[]) => sql<string[]>`${patterns}::text[]`;
  const rows = await queryRows(
    tx,
    q
      .selectFrom("AuditEntry as a")
      .leftJoin("User as u", "u.id", "a.actorId")
      .select([
        "a.id",
        "a.action",
        "a.targetType",
        "a.targetId",
        "a.data",
        "a.createdAt",
        "u.id as actorId",
        "u.name as actorName",
        "u.email as actorEmail",
      ])
      .where((eb) => {
        const conditions: Expression<SqlBool>[] = [eb("a.organizationId", "=", uuid(ctx.orgId))];
        if (options.kind) conditions.push(eb("a.action", "like", `${options.kind}.%`));
        if (patterns) {
          // ilike any(array): one condition per column, as the search's case variants need.
          const matches = (column: Expression<unknown>) =>
            sql<SqlBool>`${column} ilike any(${anyPattern(patterns)})`;
          conditions.push(
            eb.or([
              matches(eb.ref("u.name")),
              matches(eb.ref("u.email")),
              matches(eb.ref("a.data", "->>").key("name" as never)),
              matches(eb.ref("a.data", "->>").key("email" as never)),
            ]),
          );
        }
        if (options.from) {
          conditions.push(
            eb(
              "a.createdAt",
              ">=",
              sql<Date>`((${options.from}::date::timestamp at time zone ${ZONE}) at time zone 'UTC')`,
            ),
          );
        }
        if (options.to) {
          conditions.push(
            eb(
              "a.createdAt",
              "<",
              sql<Date>`(((${options.to}::date + 1)::timestamp at time zone ${ZONE}) at time zone 'UTC')`,
            ),
          );
        }
        if (anchor) {
          conditions.push(
            eb(
              eb.refTuple("a.createdAt", "a.id"),
              "<",
              eb.tuple(sql<Date>`${anchor.createdAt}::timestamp`, uuid(anchor.id)),
            ),
          );
        }
        return eb.and(conditions);
      })
      .orderBy("a.createdAt", "desc")
      .orderBy("a.id", "desc")
      .limit(pageSize + 1),
  );
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
