import "server-only";
import { randomUUID } from "node:crypto";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
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
export async function findLibraryCopies(options: {
  tx: TenantTx;
  ctx: Pick<WorkspaceContext, "orgId" | "role">;
  librarySlug: string;
}): Promise<ExistingCopy[]> {
  const { tx, ctx, librarySlug } = options;
  requirePermission(ctx, "programs.manage");
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
export async function copyLibraryProgram(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  librarySlug: string;
  requestKey: string;
  again?: boolean;
}): Promise<CopyLibraryProgramResult> {
  const { tx, ctx, librarySlug, requestKey } = options;
  requirePermission(ctx, "programs.manage");
  // Copies into one organization take turns: the second of two identical requests waits for the
  // first to commit and then finds its copy, instead of failing on the unique request key (which
  // would abort the whole transaction).
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:program-copy:${ctx.orgId}`}))`;
  const repeated = await tx.program.findUnique({
    where: { organizationId_copyRequestKey: { organizationId: ctx.orgId, copyRequestKey: requestKey } },
    select: { id: true },
  });
  if (repeated) return { status: "copied", programId: repeated.id, created: false };

  const library = await tx.libraryProgram.findUnique({
    where: { slug: librarySlug },
    select: {
      id: true,
      slug: true,
      currentVersion: true,
      title: true,
      tagline: true,
      summary: true,
      quote: true,
      statements: {
        orderBy: { position: "asc" },
        select: {
          key: true,
          position: true,
          kind: true,
          text: true,
          reflectionPrompts: true,
          resources: {
            orderBy: { position: "asc" },
            select: { key: true, position: true, title: true, body: true },
          },
        },
      },
    },
  });
  if (!library) throw AppError.notFound({ messageKey: "programs:copy.errors.notFound" });

  const existing = await findLibraryCopies({ tx, ctx, librarySlug });
  const first = existing[0];
  if (first && !options.again) return { status: "confirm", existing: first };

  const libraryTitle = readText(library.title);
  let title = libraryTitle;
  if (existing.length > 0) {
    const others = await tx.program.findMany({
      where: { organizationId: ctx.orgId },
      select: { title: true },
    });
    title = numberedTitle(
      libraryTitle,
      nextCopyNumber(
        libraryTitle,
        others.map((row) => readText(row.title)),
      ),
    );
  }

  const programId = randomUUID();
  await tx.program.create({
    data: {
      id: programId,
      organizationId: ctx.orgId,
      title,
      tagline: library.tagline as Prisma.InputJsonValue,
      summary: library.summary as Prisma.InputJsonValue,
      quote: (library.quote ?? undefined) as Prisma.InputJsonValue | undefined,
      status: "draft",
      sourceProgramId: library.id,
      sourceVersion: library.currentVersion,
      copyRequestKey: requestKey,
      createdById: ctx.userId,
    },
  });
  const statements = library.statements.map((statement) => ({ ...statement, id: randomUUID() }));
  await tx.programStatement.createMany({
    data: statements.map((statement) => ({
      id: statement.id,
      organizationId: ctx.orgId,
      programId,
      key: statement.key,
      position: statement.position,
      kind: statement.kind,
      text: statement.text as Prisma.InputJsonValue,
      reflectionPrompts: statement.reflectionPrompts as Prisma.InputJsonValue,
    })),
  });
  await tx.programResource.createMany({
    data: statements.flatMap((statement) =>
      statement.resources.map((resource) => ({
        organizationId: ctx.orgId,
        programId,
        statementId: statement.id,
        key: resource.key,
        position: resource.position,
        title: resource.title as Prisma.InputJsonValue,
        body: resource.body as Prisma.InputJsonValue,
      })),
    ),
  });
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
