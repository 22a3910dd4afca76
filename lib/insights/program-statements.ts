// The visible statements of a set of programs, in order, with their programs' titles: what the
// distribution charts are drawn for. One query for any number of programs.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { readText, type LocalizedText } from "@/lib/programs/program-texts";

export type InsightStatement = { id: string; position: number; text: LocalizedText };
export type InsightProgram = { id: string; title: LocalizedText; statements: InsightStatement[] };

/** Programs in the given order of their titles' first appearance (ids unknown to the organization are skipped). */
export async function listProgramStatements(options: {
  tx: TenantTx;
  orgId: string;
  programIds: string[];
}): Promise<InsightProgram[]> {
  const { tx, orgId, programIds } = options;
  const statements = await tx.programStatement.findMany({
    where: { organizationId: orgId, programId: { in: programIds }, hidden: false },
    orderBy: [{ programId: "asc" }, { position: "asc" }],
    select: { id: true, programId: true, position: true, text: true, program: { select: { title: true } } },
  });
  const programs = new Map<string, InsightProgram>();
  for (const row of statements) {
    const program = programs.get(row.programId) ?? {
      id: row.programId,
      title: readText(row.program.title),
      statements: [],
    };
    program.statements.push({ id: row.id, position: row.position, text: readText(row.text) });
    programs.set(row.programId, program);
  }
  return [...programs.values()];
}
