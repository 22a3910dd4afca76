import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { requirePermission } from "@/lib/permissions/require-permission";
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

/** The organization's audit log, newest first, a page at a time. HR only. */
export async function listAuditEntries(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  /** Id of the last entry of the previous page. */
  before?: string;
}): Promise<AuditPage> {
  const { tx, ctx } = options;
  requirePermission(ctx, "audit.view");
  const before = options.before && UUID.test(options.before) ? options.before : undefined;
  const anchor = before
    ? await tx.auditEntry.findFirst({
        where: { id: before, organizationId: ctx.orgId },
        select: { id: true },
      })
    : null;
  const rows = await tx.auditEntry.findMany({
    where: { organizationId: ctx.orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    ...(anchor ? { cursor: { id: anchor.id }, skip: 1 } : {}),
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const actorIds = [...new Set(page.map((row) => row.actorId).filter((id): id is string => id !== null))];
  const actors = actorIds.length
    ? await tx.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, name: true, email: true },
      })
    : [];
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  return {
    entries: page.map((row) => ({
      id: row.id,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      data: row.data !== null && typeof row.data === "object" && !Array.isArray(row.data) ? row.data : {},
      createdAt: row.createdAt,
      actor: row.actorId ? (actorById.get(row.actorId) ?? null) : null,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}
