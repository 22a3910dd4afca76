import "server-only";
import { randomUUID } from "node:crypto";
import { jsonBuildObject } from "kysely/helpers/postgres";
import { execute, q, queryRows, sql, uuid } from "@/lib/db/sql";
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
  const [library] = await queryRows(
    tx,
    q
      .selectFrom("LibraryProgram as lp")
      .select((eb) => [
        "lp.id",
        "lp.slug",
        "lp.currentVersion",
        "lp.title",
        eb.fn
          .coalesce(
            eb
              .selectFrom("Program as p")
              .select((eb) =>
                eb.fn
                  .agg<{ id: string; title: unknown }[]>("json_agg", [
                    jsonBuildObject({ id: eb.ref("p.id"), title: eb.ref("p.title") }),
                  ])
                  .orderBy("p.createdAt")
                  .orderBy("p.id")
                  .as("copies"),
              )
              .where("p.organizationId", "=", uuid(ctx.orgId))
              .whereRef("p.sourceProgramId", "=", "lp.id"),
            sql<{ id: string; title: unknown }[]>`'[]'`,
          )
          .as("copies"),
        eb.fn
          .coalesce(
            eb
              .selectFrom("Program as p")
              .select((eb) => eb.fn.agg<unknown[]>("json_agg", [eb.ref("p.title")]).as("titles"))
              .where("p.organizationId", "=", uuid(ctx.orgId))
              .where((eb) =>
                eb.exists(
                  eb
                    .selectFrom("Program as c")
                    .select(sql.lit(1).as("one"))
                    .where("c.organizationId", "=", uuid(ctx.orgId))
                    .whereRef("c.sourceProgramId", "=", "lp.id"),
                ),
              ),
            sql<unknown[]>`'[]'`,
          )
          .as("titles"),
      ])
      .where("lp.slug", "=", librarySlug),
  );
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
  const now = sql<Date>`now()`;
  await execute(
    tx,
    q
      .with("program", (db) =>
        db
          .insertInto("Program")
          .columns([
            "id",
            "organizationId",
            "title",
            "tagline",
            "summary",
            "quote",
            "status",
            "sourceProgramId",
            "sourceVersion",
            "copyRequestKey",
            "createdById",
            "createdAt",
            "updatedAt",
          ])
          .expression(
            db
              .selectFrom("LibraryProgram as lp")
              .select((eb) => [
                uuid(programId).as("id"),
                uuid(ctx.orgId).as("organizationId"),
                sql<unknown>`${JSON.stringify(title)}::jsonb`.as("title"),
                "lp.tagline",
                "lp.summary",
                "lp.quote",
                sql.lit("draft").as("status"),
                "lp.id as sourceProgramId",
                "lp.currentVersion as sourceVersion",
                eb.val(requestKey).as("copyRequestKey"),
                uuid(ctx.userId).as("createdById"),
                now.as("createdAt"),
                now.as("updatedAt"),
              ])
              .where("lp.id", "=", uuid(library.id)),
          )
          .returning("id"),
      )
      .with("statements", (db) =>
        db
          .insertInto("ProgramStatement")
          .columns([
            "id",
            "organizationId",
            "programId",
            "key",
            "position",
            "kind",
            "text",
            "reflectionPrompts",
            "createdAt",
            "updatedAt",
          ])
          .expression(
            db
              .selectFrom("program")
              .innerJoin("LibraryStatement as ls", (join) => join.on("ls.programId", "=", uuid(library.id)))
              .select([
                sql<string>`gen_random_uuid()`.as("id"),
                uuid(ctx.orgId).as("organizationId"),
                "program.id as programId",
                "ls.key",
                "ls.position",
                "ls.kind",
                "ls.text",
                "ls.reflectionPrompts",
                now.as("createdAt"),
                now.as("updatedAt"),
              ]),
          )
          .returning(["id", "key"]),
      )
      .insertInto("ProgramResource")
      .columns([
        "id",
        "organizationId",
        "programId",
        "statementId",
        "key",
        "position",
        "title",
        "body",
        "createdAt",
        "updatedAt",
      ])
      .expression((eb) =>
        eb
          .selectFrom("statements")
          .innerJoin("LibraryStatement as ls", (join) =>
            join.on("ls.programId", "=", uuid(library.id)).onRef("ls.key", "=", "statements.key"),
          )
          .innerJoin("LibraryResource as lr", "lr.statementId", "ls.id")
          .select([
            sql<string>`gen_random_uuid()`.as("id"),
            uuid(ctx.orgId).as("organizationId"),
            uuid(programId).as("programId"),
            "statements.id as statementId",
            "lr.key",
            "lr.position",
            "lr.title",
            "lr.body",
            now.as("createdAt"),
            now.as("updatedAt"),
          ]),
      ),
  );
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
