import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { auditName } from "./get-program-or-throw";
import type { UpdateProgramDetailsInput } from "./program-input";
import { readQuote, readText, withText, type ProgramQuote } from "./program-texts";
import { assertCurrentVersion, staleEdit } from "./stale-edit";

export type UpdatedProgramDetails = { programId: string; lockVersion: number; changed: boolean };

/**
 * Saves the program's title, tagline, summary and quote in one language. The form names the
 * version it edited (lockVersion): when someone else saved in between, nothing is written and the
 * answer is CONFLICT.
 */
export const updateProgramDetails = defineUseCase({
  permission: "programs.manage",
  run: updateProgramDetailsUnchecked,
});
async function updateProgramDetailsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: UpdateProgramDetailsInput;
}): Promise<UpdatedProgramDetails> {
  const { tx, ctx, input } = options;
  const program = await tx.program.findFirst({
    where: { id: input.programId, organizationId: ctx.orgId },
    select: { id: true, title: true, tagline: true, summary: true, quote: true, lockVersion: true },
  });
  if (!program) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  assertCurrentVersion(program.lockVersion, input.lockVersion);

  const lang = input.language;
  const before = {
    title: readText(program.title),
    tagline: readText(program.tagline),
    summary: readText(program.summary),
    quote: readQuote(program.quote),
  };
  const quoteText = withText(before.quote?.text ?? {}, lang, input.quoteText);
  const quote: ProgramQuote | null =
    Object.keys(quoteText).length === 0
      ? null
      : {
          text: quoteText,
          author: input.quoteAuthor || null,
          ...(input.quoteSource ? { source: input.quoteSource } : {}),
        };
  const after = {
    title: withText(before.title, lang, input.title),
    tagline: withText(before.tagline, lang, input.tagline),
    summary: withText(before.summary, lang, input.summary),
    quote,
  };
  if (JSON.stringify(after) === JSON.stringify(before)) {
    return { programId: program.id, lockVersion: program.lockVersion, changed: false };
  }
  const updated = await tx.program.updateMany({
    where: { id: program.id, organizationId: ctx.orgId, lockVersion: input.lockVersion },
    data: {
      title: after.title,
      tagline: after.tagline,
      summary: after.summary,
      quote: after.quote ?? Prisma.DbNull,
      lockVersion: { increment: 1 },
    },
  });
  if (updated.count === 0) throw staleEdit();
  await recordAudit({
    tx,
    ctx,
    action: "program.edit",
    targetType: "program",
    targetId: program.id,
    data: { name: auditName(after.title, ctx), language: lang },
  });
  return { programId: program.id, lockVersion: input.lockVersion + 1, changed: true };
}
