import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { libraryVersionDates } from "@/lib/library/version-dates";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import {
  readQuote,
  readText,
  readUpdatedAt,
  type LocalizedText,
  type ProgramQuote,
  type TextUpdatedAt,
} from "./program-texts";
import { translationStatus, type LanguageStatus } from "./translation-status";
import type { ProgramStatus } from "@/lib/programs/program-status";

export type EditorResource = {
  id: string;
  key: string;
  position: number;
  title: LocalizedText;
  body: LocalizedText;
  hidden: boolean;
  lockVersion: number;
  textUpdatedAt: TextUpdatedAt;
};

export type EditorStatement = {
  id: string;
  key: string;
  position: number;
  kind: "know" | "can";
  text: LocalizedText;
  hidden: boolean;
  lockVersion: number;
  textUpdatedAt: TextUpdatedAt;
  resources: EditorResource[];
};

export type ProgramEditor = {
  id: string;
  status: ProgramStatus;
  lockVersion: number;
  title: LocalizedText;
  tagline: LocalizedText;
  summary: LocalizedText;
  quote: ProgramQuote | null;
  /** The library program it was copied from, with the version copied; null for the organization's own. */
  /** The library program copied, the version copied and the date the library published it (shown). */
  source: {
    slug: string;
    title: LocalizedText;
    version: string;
    versionDate: Date | null;
    libraryVersion: string;
  } | null;
  statements: EditorStatement[];
  /** Per language: texts missing or older than their Bokmål original. */
  translation: LanguageStatus[];
  /** Its assignments: archiving ends them, and says so first. */
  assignmentCount: number;
};

/** Everything the editor shows of one program, all languages. HR only; another organization's: NOT_FOUND. */
export const getProgramEditor = defineUseCase({
  permission: "programs.manage",
  run: getProgramEditorUnchecked,
});
async function getProgramEditorUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
}): Promise<ProgramEditor> {
  const { tx, ctx, programId } = options;
  const program = await tx.program.findFirst({
    where: { id: programId, organizationId: ctx.orgId },
    select: {
      id: true,
      status: true,
      lockVersion: true,
      title: true,
      tagline: true,
      summary: true,
      quote: true,
      sourceProgramId: true,
      sourceVersion: true,
      _count: { select: { assignments: true } },
      statements: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          key: true,
          position: true,
          kind: true,
          text: true,
          hidden: true,
          lockVersion: true,
          textUpdatedAt: true,
          resources: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: {
              id: true,
              key: true,
              position: true,
              title: true,
              body: true,
              hidden: true,
              lockVersion: true,
              textUpdatedAt: true,
            },
          },
        },
      },
    },
  });
  if (!program) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  const library = program.sourceProgramId
    ? await tx.libraryProgram.findUnique({
        where: { id: program.sourceProgramId },
        select: { slug: true, title: true, currentVersion: true },
      })
    : null;
  const versionDate =
    program.sourceProgramId && program.sourceVersion
      ? (
          await libraryVersionDates(tx, [
            { programId: program.sourceProgramId, version: program.sourceVersion },
          ])
        )({ programId: program.sourceProgramId, version: program.sourceVersion })
      : null;

  const statements: EditorStatement[] = program.statements.map((statement) => ({
    id: statement.id,
    key: statement.key,
    position: statement.position,
    kind: statement.kind,
    text: readText(statement.text),
    hidden: statement.hidden,
    lockVersion: statement.lockVersion,
    textUpdatedAt: readUpdatedAt(statement.textUpdatedAt),
    resources: statement.resources.map((resource) => ({
      id: resource.id,
      key: resource.key,
      position: resource.position,
      title: readText(resource.title),
      body: readText(resource.body),
      hidden: resource.hidden,
      lockVersion: resource.lockVersion,
      textUpdatedAt: readUpdatedAt(resource.textUpdatedAt),
    })),
  }));
  const title = readText(program.title);
  const tagline = readText(program.tagline);
  const summary = readText(program.summary);
  const quote = readQuote(program.quote);
  return {
    id: program.id,
    status: program.status,
    lockVersion: program.lockVersion,
    assignmentCount: program._count.assignments,
    title,
    tagline,
    summary,
    quote,
    source:
      library && program.sourceVersion
        ? {
            slug: library.slug,
            title: readText(library.title),
            version: program.sourceVersion,
            versionDate,
            libraryVersion: library.currentVersion,
          }
        : null,
    statements,
    translation: translationStatus([
      { texts: [title] },
      { texts: [tagline] },
      { texts: [summary] },
      ...(quote ? [{ texts: [quote.text] }] : []),
      ...statements.flatMap((statement) => [
        { texts: [statement.text], updatedAt: statement.textUpdatedAt },
        ...statement.resources.map((resource) => ({
          texts: [resource.title, resource.body],
          updatedAt: resource.textUpdatedAt,
        })),
      ]),
    ]),
  };
}
