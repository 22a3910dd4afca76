import "server-only";
import { normalizeEmail } from "@/lib/auth/email-address";
import type { CsvSeparator } from "@/lib/csv/read-csv";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { assessCsvRows, type CsvAssessment } from "./assess-csv-rows";
import { openInvitation } from "./invitation-guards";
import { parseInvitationCsv, type CsvFileProblem } from "./parse-invitation-csv";

// The separator is named in words ("semicolons", "tabs"): i18next's context picks the sentence.
const separatorContext: Record<CsvSeparator, string> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
  "|": "pipe",
};

/** A file that cannot be used at all: INVALID with a message saying why and what to do. */
export function csvFileError(problem: CsvFileProblem): AppError {
  if (problem.code === "noEmailColumn") {
    return AppError.invalid({
      messageKey: "people:import.fileErrors.noEmailColumn",
      messageValues: { headers: problem.headers, context: separatorContext[problem.separator] },
    });
  }
  const { code, ...values } = problem;
  return AppError.invalid({ messageKey: `people:import.fileErrors.${code}`, messageValues: values });
}

/**
 * What importing the CSV would do, row by row, without writing anything: every row with its
 * problems (bad email, unknown role or team, duplicate in the file, already a member), the rows
 * that will be skipped because the person already has an open invitation, and the ones ready.
 */
export const previewCsvImport = defineUseCase({
  permission: "invitations.manage",
  run: previewCsvImportUnchecked,
});
async function previewCsvImportUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  csv: string;
}): Promise<CsvAssessment> {
  const { tx, ctx } = options;
  const parsed = parseInvitationCsv(options.csv);
  if (!parsed.ok) throw csvFileError(parsed.problem);
  const emails = [
    ...new Set(parsed.rows.map((row) => normalizeEmail(row.email)).filter((email) => email !== "")),
  ];
  const [teams, members, invitations] = await Promise.all([
    tx.team.findMany({ where: { organizationId: ctx.orgId }, select: { id: true, name: true } }),
    tx.membership.findMany({
      where: { organizationId: ctx.orgId, user: { email: { in: emails } } },
      select: { status: true, user: { select: { email: true } } },
    }),
    tx.invitation.findMany({
      where: { organizationId: ctx.orgId, email: { in: emails }, ...openInvitation() },
      select: { email: true },
    }),
  ]);
  return assessCsvRows(parsed.rows, {
    teams,
    members: new Map(members.map((member) => [member.user.email, member.status])),
    openInvitations: new Set(invitations.map((invitation) => invitation.email)),
  });
}
