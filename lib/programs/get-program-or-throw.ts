import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { isLanguage, defaultLanguage } from "@/lib/i18n/settings";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { displayText, readText, type LocalizedText } from "./program-texts";

/**
 * A program of the current organization, or NOT_FOUND. Ids come from URLs and forms, so the id is
 * matched together with the organization (row-level security hides every other one anyway): a
 * program of another organization is indistinguishable from one that does not exist.
 */
export async function getProgramOrThrow(options: { tx: TenantTx; ctx: WorkspaceContext; programId: string }) {
  const { tx, ctx, programId } = options;
  const program = await tx.program.findFirst({
    where: { id: programId, organizationId: ctx.orgId },
    select: { id: true, title: true, status: true, lockVersion: true },
  });
  if (!program) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  return { ...program, title: readText(program.title) };
}

/** The name an audit entry keeps for a program: its title in the organization's language. */
export function auditName(title: LocalizedText, ctx: Pick<WorkspaceContext, "orgLanguage">): string {
  return displayText(title, isLanguage(ctx.orgLanguage) ? ctx.orgLanguage : defaultLanguage);
}

/**
 * An archived program is published or assigned again only after it is restored (issue 21): the
 * restore is the one place that says what coming back means (a draft, no assignments).
 */
export function assertNotArchived(program: { status: string }): void {
  if (program.status === "archived") throw AppError.conflict({ messageKey: "programs:archive.restoreFirst" });
}
