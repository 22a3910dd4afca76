import "server-only";
import type { TenantTx } from "@/lib/db/tenant";

export type VersionRef = { programId: string; version: string };

const key = (ref: VersionRef) => `${ref.programId}\u0000${ref.version}`;

/**
 * When the library published each of these program versions: what people see instead of the
 * version's hash ("versjon fra 3. mars 2026", ADR 033). A version the library never recorded has
 * no date (null).
 */
export async function libraryVersionDates(
  tx: TenantTx,
  refs: VersionRef[],
): Promise<(ref: VersionRef) => Date | null> {
  const rows =
    refs.length === 0
      ? []
      : await tx.libraryProgramVersion.findMany({
          where: { OR: refs.map((ref) => ({ programId: ref.programId, version: ref.version })) },
          select: { programId: true, version: true, createdAt: true },
        });
  const dates = new Map(rows.map((row) => [key(row), row.createdAt]));
  return (ref) => dates.get(key(ref)) ?? null;
}
