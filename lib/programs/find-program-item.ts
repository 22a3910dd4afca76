import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { readText, type LocalizedText } from "./program-texts";

export type ProgramItem = {
  /** The statement's text or the resource's title, for audit entries. */
  label: LocalizedText;
  program: { id: string; title: LocalizedText };
  /** The resource's statement; null for a statement. */
  statementId: string | null;
};

/** A statement or resource of the current organization, or NOT_FOUND (another organization's too). */
export async function findProgramItemOrThrow(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  itemType: "statement" | "resource";
  itemId: string;
}): Promise<ProgramItem> {
  const { tx, ctx, itemType, itemId } = options;
  const where = { id: itemId, organizationId: ctx.orgId };
  const program = { select: { id: true, title: true } } as const;
  const row =
    itemType === "statement"
      ? await tx.programStatement
          .findFirst({ where, select: { text: true, program } })
          .then((found) => found && { label: found.text, program: found.program, statementId: null })
      : await tx.programResource
          .findFirst({ where, select: { title: true, statementId: true, program } })
          .then(
            (found) =>
              found && { label: found.title, program: found.program, statementId: found.statementId },
          );
  if (!row) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  return {
    label: readText(row.label),
    program: { id: row.program.id, title: readText(row.program.title) },
    statementId: row.statementId,
  };
}
