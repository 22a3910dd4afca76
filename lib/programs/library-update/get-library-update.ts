import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { LibraryProgram } from "@/lib/library/content/library-content-types";
import { libraryVersionDates } from "@/lib/library/version-dates";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { getProgramOrThrow } from "../get-program-or-throw";
import { readQuote, readText, type LocalizedText } from "../program-texts";
import { diffLibraryVersions, type CopySnapshot, type UpdateItem } from "./library-update-diff";
import type { ProgramStatus } from "@/lib/programs/program-status";

export type LibraryUpdate = {
  programId: string;
  title: LocalizedText;
  status: ProgramStatus;
  source: { slug: string; title: LocalizedText };
  /** The copy's source version, and the library's current one the update leads to. */
  fromVersion: string;
  toVersion: string;
  /** When the library published each of the two: what people see of a version (ADR 033). */
  fromDate: Date | null;
  toDate: Date | null;
  items: UpdateItem[];
  /** Statement texts by key (copy, else library), to say which statement a resource belongs to. */
  statementTexts: Record<string, LocalizedText>;
};

type CopyWithIds = Omit<CopySnapshot, "statements" | "resources"> & {
  statements: (CopySnapshot["statements"][number] & { id: string; position: number })[];
  resources: (CopySnapshot["resources"][number] & { id: string; statementId: string; position: number })[];
};

/** The copy with what the update needs of it, and the library's old and new content. */
export type UpdateSource = {
  program: {
    id: string;
    title: LocalizedText;
    status: ProgramStatus;
    lockVersion: number;
    sourceVersion: string;
  };
  library: { slug: string; title: LocalizedText; currentVersion: string };
  /** When the library published the copy's version and its current one. */
  dates: { from: Date | null; to: Date | null };
  before: LibraryProgram;
  after: LibraryProgram;
  copy: CopyWithIds;
};

/**
 * Reads a copy and the two library versions to compare. NOT_FOUND for another organization's
 * program; null when the program is not a library copy, is up to date, or its old version was
 * never recorded (nothing to compare against).
 */
export const loadUpdateSource = defineUseCase({
  permission: "programs.manage",
  run: loadUpdateSourceUnchecked,
});
async function loadUpdateSourceUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
}): Promise<UpdateSource | null> {
  const { tx, ctx, programId } = options;
  const program = await tx.program.findFirst({
    where: { id: programId, organizationId: ctx.orgId },
    select: {
      id: true,
      title: true,
      tagline: true,
      summary: true,
      quote: true,
      status: true,
      lockVersion: true,
      sourceProgramId: true,
      sourceVersion: true,
      statements: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, key: true, position: true, kind: true, text: true },
      },
      resources: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, key: true, position: true, statementId: true, title: true, body: true },
      },
    },
  });
  if (!program) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  if (!program.sourceProgramId || !program.sourceVersion) return null;
  const library = await tx.libraryProgram.findUnique({
    where: { id: program.sourceProgramId },
    select: { slug: true, title: true, currentVersion: true },
  });
  if (!library || library.currentVersion === program.sourceVersion) return null;
  const versions = await tx.libraryProgramVersion.findMany({
    where: {
      programId: program.sourceProgramId,
      version: { in: [program.sourceVersion, library.currentVersion] },
    },
    select: { version: true, content: true, createdAt: true },
  });
  const published = (version: string) => versions.find((row) => row.version === version)?.createdAt ?? null;
  const content = (version: string) =>
    versions.find((row) => row.version === version)?.content as LibraryProgram | undefined;
  const before = content(program.sourceVersion);
  const after = content(library.currentVersion);
  if (!before || !after) return null;

  const statementKeys = new Map(program.statements.map((statement) => [statement.id, statement.key]));
  return {
    program: {
      id: program.id,
      title: readText(program.title),
      status: program.status,
      lockVersion: program.lockVersion,
      sourceVersion: program.sourceVersion,
    },
    library: { slug: library.slug, title: readText(library.title), currentVersion: library.currentVersion },
    dates: { from: published(program.sourceVersion), to: published(library.currentVersion) },
    before,
    after,
    copy: {
      details: {
        title: readText(program.title),
        tagline: readText(program.tagline),
        summary: readText(program.summary),
        quote: readQuote(program.quote),
      },
      statements: program.statements.map((statement) => ({
        id: statement.id,
        key: statement.key,
        position: statement.position,
        kind: statement.kind,
        text: readText(statement.text),
      })),
      resources: program.resources.map((resource) => ({
        id: resource.id,
        key: resource.key,
        position: resource.position,
        statementId: resource.statementId,
        statementKey: statementKeys.get(resource.statementId) ?? "",
        title: readText(resource.title),
        body: readText(resource.body),
      })),
    },
  };
}

/** The update page's data: what changed per item. null when there is no update to take. */
export async function getLibraryUpdate(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
}): Promise<LibraryUpdate | null> {
  const source = await loadUpdateSource(options);
  if (!source) return null;
  const statementTexts: Record<string, LocalizedText> = {};
  for (const statement of [...source.before.statements, ...source.after.statements])
    statementTexts[statement.key] = statement.text;
  for (const statement of source.copy.statements) statementTexts[statement.key] = statement.text;
  return {
    programId: source.program.id,
    title: source.program.title,
    status: source.program.status,
    source: { slug: source.library.slug, title: source.library.title },
    fromVersion: source.program.sourceVersion,
    toVersion: source.library.currentVersion,
    fromDate: source.dates.from,
    toDate: source.dates.to,
    items: diffLibraryVersions(source.before, source.after, source.copy),
    statementTexts,
  };
}

export type AvailableUpdate = { programId: string; title: LocalizedText };

/** The organization's copies (or the one `programId`) whose library program has a newer version. */
export const listAvailableUpdates = defineUseCase({
  permission: "programs.manage",
  run: listAvailableUpdatesUnchecked,
});
async function listAvailableUpdatesUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId?: string;
}): Promise<AvailableUpdate[]> {
  const { tx, ctx, programId } = options;
  const copies = await tx.program.findMany({
    where: {
      organizationId: ctx.orgId,
      sourceProgramId: { not: null },
      // An archived copy is put away: no updates to offer until it is restored.
      status: { not: "archived" },
      ...(programId ? { id: programId } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, sourceProgramId: true, sourceVersion: true },
  });
  if (copies.length === 0) return [];
  const libraries = await tx.libraryProgram.findMany({
    where: { id: { in: copies.flatMap((copy) => (copy.sourceProgramId ? [copy.sourceProgramId] : [])) } },
    select: { id: true, currentVersion: true },
  });
  const current = new Map(libraries.map((library) => [library.id, library.currentVersion]));
  return copies
    .filter((copy) => {
      const version = copy.sourceProgramId ? current.get(copy.sourceProgramId) : undefined;
      return version !== undefined && version !== copy.sourceVersion;
    })
    .map((copy) => ({ programId: copy.id, title: readText(copy.title) }));
}

/** The update page: the program (NOT_FOUND for another organization's), its source version and the update. */
export async function getLibraryUpdatePage(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
}) {
  const { tx, ctx, programId } = options;
  const program = await getProgramOrThrow({ tx, ctx, programId });
  const copy = await tx.program.findFirst({
    where: { id: programId, organizationId: ctx.orgId },
    select: { sourceProgramId: true, sourceVersion: true },
  });
  const update = await getLibraryUpdate({ tx, ctx, programId });
  const sourceVersionDate =
    copy?.sourceProgramId && copy.sourceVersion
      ? (await libraryVersionDates(tx, [{ programId: copy.sourceProgramId, version: copy.sourceVersion }]))({
          programId: copy.sourceProgramId,
          version: copy.sourceVersion,
        })
      : null;
  return { program, sourceVersion: copy?.sourceVersion ?? null, sourceVersionDate, update };
}
