import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./audit-actions";

export type AuditTargetType = "organization" | "membership" | "invitation" | "team" | "program";

export type RecordAuditOptions = {
  tx: TenantTx;
  ctx: { orgId: string; userId: string };
  action: AuditAction;
  targetType: AuditTargetType;
  targetId?: string;
  /**
   * What the entry should still say when the target changes or goes. describe-audit-entry.ts reads
   * `name` and `email` (of the person or team acted on) and `from`/`to` (old and new value).
   */
  data?: Prisma.InputJsonObject;
};

/** Writes one audit entry in the caller's transaction, so it exists exactly when the change does. */
export async function recordAudit({ tx, ctx, action, targetType, targetId, data }: RecordAuditOptions) {
  await tx.auditEntry.create({
    data: {
      organizationId: ctx.orgId,
      actorId: ctx.userId,
      action,
      targetType,
      targetId: targetId ?? null,
      data: data ?? {},
    },
  });
}
