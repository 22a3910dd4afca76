import "server-only";
import { randomUUID } from "node:crypto";
import { execute, q, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { defaultLanguage } from "@/lib/i18n/settings";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { nextCopyNumber, numberedTitle } from "./copy-title";
import { auditName } from "./get-program-or-throw";
import type { CreateProgramInput } from "./program-input";
import { readText, type LocalizedText } from "./program-texts";

export type CreatedProgram = { programId: string; created: boolean };

/**
 * The organization's own program (issue 21): empty, or a duplicate of one of its programs (a
 * library copy or its own) with every statement and resource in every language. Either way a
 * draft with no library source, so no library updates reach it. One transaction: whole or absent.
 * The request key makes a double submit answer with the program the first one made.
 */
export const createProgram = defineUseCase({ permission: "programs.manage", run: createProgramUnchecked });
async function createProgramUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: CreateProgramInput;
}): Promise<CreatedProgram> {
  const { tx, ctx, input } = options;
  // The same lock as library copies: the second of two identical requests waits for the first
  // to commit and then finds its program instead of failing on the unique request key.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:program-copy:${ctx.orgId}`}))`;
  const repeated = await tx.program.findUnique({
    where: { organizationId_copyRequestKey: { organizationId: ctx.orgId, copyRequestKey: input.requestKey } },
    select: { id: true },
  });
  if (repeated) return { programId: repeated.id, created: false };

  const programId = randomUUID();
  if (!input.duplicateOf) {
    const title: LocalizedText = { [defaultLanguage]: input.title };
    await tx.program.create({
      data: {
        id: programId,
        organizationId: ctx.orgId,
        title,
        tagline: input.tagline ? { [defaultLanguage]: input.tagline } : {},
        summary: input.summary ? { [defaultLanguage]: input.summary } : {},
        quote: Prisma.DbNull,
        status: "draft",
        copyRequestKey: input.requestKey,
        createdById: ctx.userId,
      },
    });
    await recordAudit({
      tx,
      ctx,
      action: "program.create",
      targetType: "program",
      targetId: programId,
      data: { name: auditName(title, ctx) },
    });
    return { programId, created: true };
  }

  const source = await tx.program.findFirst({
    where: { id: input.duplicateOf, organizationId: ctx.orgId },
    select: { id: true, title: true, tagline: true, summary: true },
  });
  if (!source) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  const sourceTitle = readText(source.title);
  // A new name is the original (Bokmål) only: its translations are still to be written. Without
  // one, the duplicate is "<title> (2)", (3)… in every language, as a second library copy is.
  const title: LocalizedText = input.title
    ? { [defaultLanguage]: input.title }
    : numberedTitle(
        sourceTitle,
        nextCopyNumber(
          sourceTitle,
          (await tx.program.findMany({ where: { organizationId: ctx.orgId }, select: { title: true } })).map(
            (program) => readText(program.title),
          ),
        ),
      );
  const tagline = input.tagline ? { [defaultLanguage]: input.tagline } : readText(source.tagline);
  const summary = input.summary ? { [defaultLanguage]: input.summary } : readText(source.summary);
  // The program, its statements and their resources in one statement, as a library copy is made.
  // Items keep their keys (unique within a program) so resources find their statements; learners'
  // ratings and completions stay with the original.
  const now = sql<Date>`now()`;
  const jsonb = (value: unknown) => sql<unknown>`${JSON.stringify(value)}::jsonb`;
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
            "copyRequestKey",
            "createdById",
            "createdAt",
            "updatedAt",
          ])
          .expression(
            db
              .selectFrom("Program as p")
              .select((eb) => [
                uuid(programId).as("id"),
                "p.organizationId",
                jsonb(title).as("title"),
                jsonb(tagline).as("tagline"),
                jsonb(summary).as("summary"),
                "p.quote",
                sql.lit("draft").as("status"),
                eb.val(input.requestKey).as("copyRequestKey"),
                uuid(ctx.userId).as("createdById"),
                now.as("createdAt"),
                now.as("updatedAt"),
              ])
              .where("p.id", "=", uuid(source.id))
              .where("p.organizationId", "=", uuid(ctx.orgId)),
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
            "hidden",
            "textUpdatedAt",
            "createdAt",
            "updatedAt",
          ])
          .expression(
            db
              .selectFrom("program")
              .innerJoin("ProgramStatement as s", (join) =>
                join.on("s.programId", "=", uuid(source.id)).on("s.organizationId", "=", uuid(ctx.orgId)),
              )
              .select([
                sql<string>`gen_random_uuid()`.as("id"),
                "s.organizationId",
                "program.id as programId",
                "s.key",
                "s.position",
                "s.kind",
                "s.text",
                "s.reflectionPrompts",
                "s.hidden",
                "s.textUpdatedAt",
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
        "hidden",
        "textUpdatedAt",
        "createdAt",
        "updatedAt",
      ])
      .expression((eb) =>
        eb
          .selectFrom("statements")
          .innerJoin("ProgramStatement as s", (join) =>
            join
              .on("s.programId", "=", uuid(source.id))
              .on("s.organizationId", "=", uuid(ctx.orgId))
              .onRef("s.key", "=", "statements.key"),
          )
          .innerJoin("ProgramResource as r", (join) =>
            join.onRef("r.statementId", "=", "s.id").on("r.organizationId", "=", uuid(ctx.orgId)),
          )
          .select([
            sql<string>`gen_random_uuid()`.as("id"),
            "r.organizationId",
            uuid(programId).as("programId"),
            "statements.id as statementId",
            "r.key",
            "r.position",
            "r.title",
            "r.body",
            "r.hidden",
            "r.textUpdatedAt",
            now.as("createdAt"),
            now.as("updatedAt"),
          ]),
      ),
  );
  await recordAudit({
    tx,
    ctx,
    action: "program.duplicate",
    targetType: "program",
    targetId: programId,
    data: { name: auditName(title, ctx), item: auditName(sourceTitle, ctx) },
  });
  return { programId, created: true };
}

/** The programs "New program" can start from: every program of the organization, by title. */
export const listProgramSources = defineUseCase({
  permission: "programs.manage",
  run: listProgramSourcesUnchecked,
});
async function listProgramSourcesUnchecked(options: {
  tx: TenantTx;
  ctx: Pick<WorkspaceContext, "orgId" | "role">;
}): Promise<{ id: string; title: LocalizedText }[]> {
  const { tx, ctx } = options;
  const programs = await tx.program.findMany({
    where: { organizationId: ctx.orgId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
  return programs.map((program) => ({ id: program.id, title: readText(program.title) }));
}
