import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listAssignedProgramsForMember } from "@/lib/programs/list-assigned-programs-for-member";
import { readText, type LocalizedText } from "@/lib/programs/program-texts";
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

export type LearnerResource = { id: string; title: LocalizedText; done: boolean };

export type LearnerCurrentRating = { level: Level; ratedAt: Date; stale: boolean };

export type LearnerStatement = {
  id: string;
  kind: "know" | "can";
  text: LocalizedText;
  reflectionPrompts: LocalizedText[];
  resources: LearnerResource[];
  /** The newest rating at the statement's current revision; null when unrated or reopened. */
  rating: LearnerCurrentRating | null;
};

export type LearnerProgram = {
  id: string;
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

/**
 * A program as one learner works through it, or NOT_FOUND unless it is published and assigned to
 * them (to everyone or to one of their teams): any other program id, in this organization or
 * another one, answers the same. Hidden statements and resources are left out.
 */
export async function getLearnerProgram(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
  now?: Date;
}): Promise<LearnerProgram> {
  const { tx, ctx, programId } = options;
  requirePermission(ctx, "learning.participate");
  const assigned = (await listAssignedProgramsForMember({ tx, ctx })).find(
    (program) => program.id === programId,
  );
  if (!assigned) throw AppError.notFound({ messageKey: "learning:errors.notFound" });
  const [programs, organization] = await Promise.all([
    loadLearnerPrograms({ tx, ctx, programIds: [programId], now: options.now }),
    tx.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { ratingRefreshDays: true } }),
  ]);
  const loaded = programs.get(programId)!;
  return {
    id: assigned.id,
    title: assigned.title,
    tagline: assigned.tagline,
    dueDate: assigned.dueDate,
    ratingRefreshDays: organization.ratingRefreshDays,
    ...loaded,
  };
}

type Loaded = Pick<LearnerProgram, "statements" | "progress" | "next" | "started">;

/**
 * Statements, resources and the learner's own record for several programs in four queries (My
 * programs shows all of them). The caller has checked that the programs are the learner's.
 */
export async function loadLearnerPrograms(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programIds: string[];
  now?: Date;
}): Promise<Map<string, Loaded>> {
  const { tx, ctx, programIds } = options;
  const now = options.now ?? new Date();
  const result = new Map<string, Loaded>();
  if (programIds.length === 0) return result;
  const [statements, completions, ratings, organization] = await Promise.all([
    tx.programStatement.findMany({
      where: { organizationId: ctx.orgId, programId: { in: programIds }, hidden: false },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        programId: true,
        kind: true,
        text: true,
        reflectionPrompts: true,
        revision: true,
        resources: {
          where: { hidden: false },
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { id: true, title: true, revision: true },
        },
      },
    }),
    tx.resourceCompletion.findMany({
      where: { organizationId: ctx.orgId, membershipId: ctx.membershipId, programId: { in: programIds } },
      select: { resourceId: true, resourceRevision: true },
    }),
    tx.currentRating.findMany({
      where: { organizationId: ctx.orgId, membershipId: ctx.membershipId, programId: { in: programIds } },
      select: { statementId: true, statementRevision: true, level: true, ratedAt: true },
    }),
    tx.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { ratingRefreshDays: true } }),
  ]);
  const record: LearnerRecord = {
    completions: new Map(completions.map((row) => [row.resourceId, row.resourceRevision])),
    ratings: new Map(ratings.map((row) => [row.statementId, row.statementRevision])),
  };
  const ratingOf = new Map(ratings.map((row) => [row.statementId, row]));
  for (const programId of programIds) {
    const own = statements.filter((statement) => statement.programId === programId);
    const items = own.map((statement) => ({
      id: statement.id,
      revision: statement.revision,
      hidden: false,
      resources: statement.resources.map((resource) => ({ ...resource, hidden: false })),
    }));
    const learnerStatements: LearnerStatement[] = own.map((statement, index) => {
      const current = ratingOf.get(statement.id);
      const counts = isStatementRated(record, items[index]!);
      return {
        id: statement.id,
        kind: statement.kind,
        text: readText(statement.text),
        reflectionPrompts: Array.isArray(statement.reflectionPrompts)
          ? statement.reflectionPrompts.map((prompt) => readText(prompt))
          : [],
        resources: statement.resources.map((resource) => ({
          id: resource.id,
          title: readText(resource.title),
          done: isResourceDone(record, { ...resource, hidden: false }),
        })),
        rating:
          counts && current && isLevel(current.level)
            ? {
                level: current.level,
                ratedAt: current.ratedAt,
                stale: isRatingStale(current.ratedAt, organization.ratingRefreshDays, now),
              }
            : null,
      };
    });
    const started =
      own.some((statement) => ratingOf.has(statement.id)) ||
      own.some((statement) => statement.resources.some((resource) => record.completions.has(resource.id)));
    result.set(programId, {
      statements: learnerStatements,
      progress: computeProgress(items, record),
      next: nextItem(items, record),
      started,
    });
  }
  return result;
}

/** Finds the statement a resource belongs to, with its neighbours in reading order. */
export function locateResource(program: LearnerProgram, resourceId: string) {
  const flat = program.statements.flatMap((statement) =>
    statement.resources.map((resource) => ({ resource, statement })),
  );
  const index = flat.findIndex((entry) => entry.resource.id === resourceId);
  if (index === -1) return null;
  return { ...flat[index]!, previous: flat[index - 1] ?? null, next: flat[index + 1] ?? null };
}
