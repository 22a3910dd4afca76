import "server-only";
import type { Col, Row } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { EVERYONE } from "@/lib/programs/assigned-people";
import { languages, type Language } from "@/lib/i18n/settings";
import { countWords, readingMinutes } from "@/lib/library/reading-time";
import { programCoverSeed } from "@/lib/programs/cover";
import { displayText, readText, type LocalizedText } from "@/lib/programs/program-texts";
import { isLevel, type Level } from "./levels";
import {
  computeProgress,
  isResourceDone,
  isStatementRated,
  nextItem,
  type LearnerRecord,
  type NextItem,
  type Progress,
} from "./progress";
import { isRatingStale } from "./staleness";

export type LearnerResource = {
  id: string;
  title: LocalizedText;
  done: boolean;
  /** Minutes to read it in each language (the language's text, else Bokmål, as the page shows it). */
  minutes: Record<Language, number>;
};

export type LearnerCurrentRating = { level: Level; ratedAt: Date; stale: boolean };

export type LearnerStatement = {
  id: string;
  kind: "know" | "can";
  text: LocalizedText;
  /** Raised by a major edit: ratings given at an earlier revision no longer count. */
  revision: number;
  reflectionPrompts: LocalizedText[];
  resources: LearnerResource[];
  /** The newest rating at the statement's current revision; null when unrated or reopened. */
  rating: LearnerCurrentRating | null;
};

export type LearnerProgram = {
  id: string;
  /** What its generated cover is drawn from (lib/programs/cover.ts). */
  coverSeed: string;
  title: LocalizedText;
  tagline: LocalizedText;
  dueDate: Date | null;
  statements: LearnerStatement[];
  progress: Progress;
  next: NextItem;
  /** Did the learner do anything yet (decides "Start" or "Continue")? */
  started: boolean;
  ratingRefreshDays: number;
};

// Rows of the one statement below, SQL text (ADR 037: nested jsonb_agg of the program's items);
// their columns typed from the schema.
type StatementRow = Row<"ProgramStatement", "id" | "kind" | "text" | "reflectionPrompts" | "revision"> & {
  /** The learner's current rating: level, the statement revision it was given at, when (epoch ms). */
  rating: {
    level: Col<"CurrentRating", "level">;
    revision: Col<"CurrentRating", "statementRevision">;
    ratedAtMs: number;
  } | null;
  /** Visible resources, with the revision the learner last marked done (null: not done). */
  resources: (Row<"ProgramResource", "id" | "title" | "body" | "revision"> & {
    doneRevision: Col<"ResourceCompletion", "resourceRevision"> | null;
  })[];
};

type ProgramRow = Row<"Program", "id" | "title" | "tagline"> &
  Row<"Organization", "ratingRefreshDays"> & {
    librarySlug: Col<"LibraryProgram", "slug"> | null;
    dueDate: Col<"Assignment", "dueDate"> | string;
    statements: StatementRow[];
    resourceBody: Col<"ProgramResource", "body"> | null;
  };

/**
 * A program's visible statements, each with its visible resources and the learner's own rating and
 * completions, as one jsonb array in reading order: what both loaders below read of a program.
 * `program` is the SQL that names the program's id in the statement around it.
 */
function visibleStatementsJson(ctx: WorkspaceContext, program: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    coalesce((
      select jsonb_agg(jsonb_build_object(
               'id', s.id, 'kind', s.kind, 'text', s.text, 'reflectionPrompts', s."reflectionPrompts",
               'revision', s.revision,
               'rating', (select jsonb_build_object('level', c.level, 'revision', c."statementRevision",
                                                    'ratedAtMs', floor(extract(epoch from c."ratedAt") * 1000))
                            from "CurrentRating" c
                           where c."organizationId" = ${ctx.orgId}::uuid
                             and c."membershipId" = ${ctx.membershipId}::uuid and c."statementId" = s.id),
               'resources', coalesce((
                 select jsonb_agg(jsonb_build_object(
                          'id', res.id, 'title', res.title, 'body', res.body, 'revision', res.revision,
                          'doneRevision', (select rc."resourceRevision" from "ResourceCompletion" rc
                                            where rc."organizationId" = ${ctx.orgId}::uuid
                                              and rc."membershipId" = ${ctx.membershipId}::uuid
                                              and rc."resourceId" = res.id))
                          order by res.position, res.id)
                   from "ProgramResource" res
                  where res."organizationId" = ${ctx.orgId}::uuid and res."statementId" = s.id
                    and not res.hidden), '[]'::jsonb))
             order by s.position, s.id)
        from "ProgramStatement" s
       where s."organizationId" = ${ctx.orgId}::uuid and s."programId" = ${program} and not s.hidden
    ), '[]'::jsonb)`;
}

/**
 * A program as one learner works through it, or NOT_FOUND unless it is published and assigned to
 * them (to everyone, to them by name or to one of their teams: the rule of learner-item.ts and
 * list-assigned-programs-for-member.ts): any other program id, in this organization or
 * another one, answers the same. Hidden statements and resources are left out. One SQL statement
 * (issue 17: a learner page is read in one transaction of few statements); with `resourceId`, the
 * same statement brings that visible resource's body (null when it is not one of the program's).
 */
export const getLearnerProgram = defineUseCase({
  permission: "learning.participate",
  run: getLearnerProgramUnchecked,
});
async function getLearnerProgramUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
  resourceId?: string;
  now?: Date;
}): Promise<LearnerProgram & { resourceBody: LocalizedText | null }> {
  const { tx, ctx, programId } = options;
  const now = options.now ?? new Date();
  const rows = await tx.$queryRaw<ProgramRow[]>`
    with reach as (
      select a."dueDate" from "Assignment" a
       where a."organizationId" = ${ctx.orgId}::uuid and a."programId" = ${programId}::uuid
         and (a."audienceKey" = ${EVERYONE}
              or a."membershipId" = ${ctx.membershipId}::uuid
              or a."teamId" in (select tm."teamId" from "TeamMember" tm
                                 where tm."organizationId" = ${ctx.orgId}::uuid
                                   and tm."membershipId" = ${ctx.membershipId}::uuid)))
    select p.id::text, p.title, p.tagline, (select min(r."dueDate") from reach r) as "dueDate",
           (select lp.slug from "LibraryProgram" lp where lp.id = p."sourceProgramId") as "librarySlug",
           o."ratingRefreshDays",
           ${visibleStatementsJson(ctx, Prisma.raw("p.id"))} as statements,
           (select res.body from "ProgramResource" res
             where res."organizationId" = ${ctx.orgId}::uuid and res."programId" = p.id
               and res.id = ${options.resourceId ?? null}::uuid and not res.hidden) as "resourceBody"
      from "Program" p join "Organization" o on o.id = p."organizationId"
     where p."organizationId" = ${ctx.orgId}::uuid and p.id = ${programId}::uuid and p.status = 'published'
       and exists (select 1 from reach)`;
  const row = rows[0];
  if (!row) throw AppError.notFound({ messageKey: "learning:errors.notFound" });
  return {
    id: row.id,
    coverSeed: programCoverSeed({ id: row.id, librarySlug: row.librarySlug }),
    title: readText(row.title),
    tagline: readText(row.tagline),
    dueDate: row.dueDate === null ? null : new Date(row.dueDate),
    ratingRefreshDays: row.ratingRefreshDays,
    ...fromStatementRows(row.statements, row.ratingRefreshDays, now),
    resourceBody: row.resourceBody === null ? null : readText(row.resourceBody),
  };
}

type Loaded = Pick<LearnerProgram, "statements" | "progress" | "next" | "started">;

/** The learner's statements, progress and next step from a program's visibleStatementsJson. */
function fromStatementRows(rows: StatementRow[], ratingRefreshDays: number, now: Date): Loaded {
  const record: LearnerRecord = {
    completions: new Map(
      rows.flatMap((statement) =>
        statement.resources.flatMap((resource) =>
          resource.doneRevision === null ? [] : [[resource.id, resource.doneRevision] as const],
        ),
      ),
    ),
    ratings: new Map(
      rows.flatMap((statement) =>
        statement.rating ? [[statement.id, statement.rating.revision] as const] : [],
      ),
    ),
  };
  const { items, statements } = toLearnerStatements({ rows, record, ratingRefreshDays, now });
  return {
    statements,
    progress: computeProgress(items, record),
    next: nextItem(items, record),
    started: record.ratings.size > 0 || record.completions.size > 0,
  };
}

/**
 * Statements, resources and the learner's own record for several programs in one statement (My
 * programs and the workspace's home show all of them). The caller has checked that the programs
 * are the learner's.
 */
export async function loadLearnerPrograms(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programIds: string[];
  now?: Date;
}): Promise<Map<string, Loaded>> {
  const { tx, ctx, programIds } = options;
  const now = options.now ?? new Date();
  if (programIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<Pick<ProgramRow, "id" | "ratingRefreshDays" | "statements">[]>`
    select p.id::text, o."ratingRefreshDays",
           ${visibleStatementsJson(ctx, Prisma.raw("p.id"))} as statements
      from "Program" p join "Organization" o on o.id = p."organizationId"
     where p."organizationId" = ${ctx.orgId}::uuid and p.id = any(${programIds}::uuid[])`;
  return new Map(rows.map((row) => [row.id, fromStatementRows(row.statements, row.ratingRefreshDays, now)]));
}

/**
 * Visible statements and the learner's record, as the progress items and the statements a page
 * shows: a rating counts only at the statement's current revision (progress.ts).
 */
function toLearnerStatements(options: {
  rows: StatementRow[];
  record: LearnerRecord;
  ratingRefreshDays: number;
  now: Date;
}) {
  const { rows, record, ratingRefreshDays, now } = options;
  const items = rows.map((statement) => ({
    id: statement.id,
    revision: statement.revision,
    hidden: false,
    resources: statement.resources.map((resource) => ({
      id: resource.id,
      revision: resource.revision,
      hidden: false,
    })),
  }));
  const statements: LearnerStatement[] = rows.map((statement, index) => {
    const current = statement.rating;
    const ratedAt = current ? new Date(current.ratedAtMs) : null;
    return {
      id: statement.id,
      kind: statement.kind,
      text: readText(statement.text),
      revision: statement.revision,
      reflectionPrompts: Array.isArray(statement.reflectionPrompts)
        ? statement.reflectionPrompts.map((prompt) => readText(prompt))
        : [],
      resources: statement.resources.map((resource) => ({
        id: resource.id,
        title: readText(resource.title),
        done: isResourceDone(record, { ...resource, hidden: false }),
        minutes: minutesToRead(resource.body),
      })),
      rating:
        current && ratedAt && isStatementRated(record, items[index]!) && isLevel(current.level)
          ? {
              level: current.level,
              ratedAt,
              stale: isRatingStale(ratedAt, ratingRefreshDays, now),
            }
          : null,
    };
  });
  return { items, statements };
}

/** A resource's reading time per language; the body itself stays on the server (only the figure is used). */
function minutesToRead(body: unknown): Record<Language, number> {
  const text = readText(body);
  return Object.fromEntries(
    languages.map((lang) => [lang, readingMinutes(countWords(displayText(text, lang)))]),
  ) as Record<Language, number>;
}

/** Finds the statement a resource belongs to, with its neighbours in reading order. */
export function locateResource(program: LearnerProgram, resourceId: string) {
  const flat = program.statements.flatMap((statement) =>
    statement.resources.map((resource) => ({ resource, statement })),
  );
  const index = flat.findIndex((entry) => entry.resource.id === resourceId);
  if (index === -1) return null;
  return {
    ...flat[index]!,
    /** 1-based place among the program's resources, in reading order ("Resource 2 of 5"). */
    position: index + 1,
    count: flat.length,
    previous: flat[index - 1] ?? null,
    next: flat[index + 1] ?? null,
  };
}
