import "server-only";
import type { TenantTx } from "@/lib/db/tenant";

/**
 * Takes the program's row lock for the rest of the transaction. Every change to a program's
 * structure (add, delete, move) takes it first, so two of them never number positions from the
 * same stale list: the second waits, then reads what the first committed.
 */
export async function lockProgramStructure(tx: TenantTx, orgId: string, programId: string): Promise<void> {
  await tx.program.update({
    where: { organizationId_id: { organizationId: orgId, id: programId } },
    data: { updatedAt: new Date() },
    select: { id: true },
  });
}

/** Gives `ids` (in their new order) the positions 0, 1, 2 …, writing only rows that change. */
export async function renumberStatements(
  tx: TenantTx,
  orgId: string,
  ordered: { id: string; position: number }[],
): Promise<void> {
  for (const [position, row] of ordered.entries()) {
    if (row.position === position) continue;
    await tx.programStatement.update({
      where: { organizationId_id: { organizationId: orgId, id: row.id } },
      data: { position },
    });
  }
}

export async function renumberResources(
  tx: TenantTx,
  orgId: string,
  ordered: { id: string; position: number }[],
): Promise<void> {
  for (const [position, row] of ordered.entries()) {
    if (row.position === position) continue;
    await tx.programResource.update({
      where: { organizationId_id: { organizationId: orgId, id: row.id } },
      data: { position },
    });
  }
}
