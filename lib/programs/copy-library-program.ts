import "server-only";
import { randomUUID } from "node:crypto";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { nextCopyNumber, numberedTitle } from "./copy-title";
import { auditName } from "./get-program-or-throw";
import { readText, type LocalizedText } from "./program-texts";

export type ExistingCopy = { id: string; title: LocalizedText };

export type CopyLibraryProgramResult =
  /** The copy exists: made now, or by an earlier request with the same key (`created: false`). */
  | { status: "copied"; programId: string; created: boolean }
  /** The organization already has this program: the person has to confirm a second copy. */
  | { status: "confirm"; existing: ExistingCopy };

/** The organization's copies of a library program, oldest first (to ask before copying it again). */
export const findLibraryCopies = defineUseCase({
  permission: "programs.manage",
  run: findLibraryCopiesUnchecked,
});
async function findLibraryCopiesUnchecked(options: {
  tx: TenantTx;
  ctx: Pick<WorkspaceContext, "orgId" | "role">;
  librarySlug: string;
}): Promise<ExistingCopy[]> {
  const { tx, ctx, librarySlug } = options;
  const library = await tx.libraryProgram.findUnique({ where: { slug: librarySlug }, select: { id: true } });
  if (!library) return [];
  const copies = await tx.program.findMany({
    where: { organizationId: ctx.orgId, sourceProgramId: library.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
  return copies.map((copy) => ({ id: copy.id, title: readText(copy.title) }));
}

/**
 * Copies the library program's current version into the organization, as a draft: the program,
 * every statement and every resource in every language, with its provenance (library program and
 * version). One transaction, so a copy is whole or absent. The request key makes a double click or
 * a repeated request answer with the copy the first one made. A program the organization already
 * has is copied again only when `again` is set, and then named "<title> (2)", (3)…
 */
export const copyLibraryProgram = defineUseCase({
  permission: "programs.manage",
  run: copyLibraryProgramUnchecked,
});
async function copyLibraryProgramUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  librarySlug: string;
  requestKey: string;
  again?: boolean;
}): Promise<CopyLibraryProgramResult> {
  const { tx, ctx, librarySlug, requestKey } = options;
  // Copies into one organization take turns: the second of two identical requests waits for the
  // first to commit and then finds its copy, instead of failing on the unique request key (which
  // would abort the whole transaction).
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:program-copy:${ctx.orgId}`}))`;
  const repeated = await tx.program.findUnique({
    where: { organizationId_copyRequestKey: { organizationId: ctx.orgId, copyRequestKey: requestKey } },
    select: { id: true },
  });
  if (repeated) return { status: "copied", programId: repeated.id, created: false };

  // One round trip for what the decision needs: the library program, this organization's copies of
  // it (oldest first) and, when there are copies, every program title (to number the new one).
  const [library] = await tx.$queryRaw<
    {
      id: string;
      slug: string;
      currentVersion: string;
      title: unknown;
      copies: { id: string; title: unknown }[];
      titles: unknown[];
    }[]
  >`
    select lp.id::text, lp.slug, lp."currentVersion", lp.title,
           coalesce((select json_agg(json_build_object('id', p.id, 'title', p.title) order by p."createdAt", p.id)
                       from "Program" p
                      where p."organizationId" = ${ctx.orgId}::uuid and p."sourceProgramId" = lp.id), '[]') as copies,
           coalesce((select json_agg(p.title)
                       from "Program" p
                      where p."organizationId" = ${ctx.orgId}::uuid
                        and exists (select 1 from "Program" c
                                     where c."organizationId" = ${ctx.orgId}::uuid and c."sourceProgramId" = lp.id)), '[]') as titles
      from "LibraryProgram" lp
     where lp.slug = ${librarySlug}`;
  if (!library) throw AppError.notFound({ messageKey: "programs:copy.errors.notFound" });

  const first = library.copies[0];
  if (first && !options.again)
    return { status: "confirm", existing: { id: first.id, title: readText(first.title) } };

  const libraryTitle = readText(library.title);
  const title =
    library.copies.length > 0
      ? numberedTitle(libraryTitle, nextCopyNumber(libraryTitle, library.titles.map(readText)))
      : libraryTitle;

  // The program, its statements and their resources in one statement (INSERT … SELECT from the
  // library's current rows): a copy costs the same few round trips whatever the program's size.
  const programId = randomUUID();
  await tx.$executeRaw`
    with program as (
      insert into "Program" (id, "organizationId", title, tagline, summary, quote, status, "sourceProgramId",
                             "sourceVersion", "copyRequestKey", "createdById", "createdAt", "updatedAt")
      select ${programId}::uuid, ${ctx.orgId}::uuid, ${JSON.stringify(title)}::jsonb, lp.tagline, lp.summary, lp.quote,
             'draft', lp.id, lp."currentVersion", ${requestKey}, ${ctx.userId}::uuid, now(), now()
        from "LibraryProgram" lp
       where lp.id = ${library.id}::uuid
      returning id
    ), statements as (
      insert into "ProgramStatement" (id, "organizationId", "programId", key, position, kind, text,
                                      "reflectionPrompts", "createdAt", "updatedAt")
      select gen_random_uuid(), ${ctx.orgId}::uuid, program.id, ls.key, ls.position, ls.kind, ls.text,
             ls."reflectionPrompts", now(), now()
        from program join "LibraryStatement" ls on ls."programId" = ${library.id}::uuid
      returning id, key
    )
    insert into "ProgramResource" (id, "organizationId", "programId", "statementId", key, position, title, body,
                                   "createdAt", "updatedAt")
    select gen_random_uuid(), ${ctx.orgId}::uuid, ${programId}::uuid, statements.id, lr.key, lr.position, lr.title,
           lr.body, now(), now()
      from statements
      join "LibraryStatement" ls on ls."programId" = ${library.id}::uuid and ls.key = statements.key
      join "LibraryResource" lr on lr."statementId" = ls.id`;
  await recordAudit({
    tx,
    ctx,
    action: "program.copy",
    targetType: "program",
    targetId: programId,
    data: { name: auditName(title, ctx), source: library.slug, version: library.currentVersion },
  });
  return { status: "copied", programId, created: true };
}
