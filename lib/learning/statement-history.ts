import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { isLevel, type Level } from "./levels";

export type RatingHistoryEntry = {
  id: string;
  level: Level;
  unclear: boolean;
  wantsHelp: boolean;
  createdAt: Date;
  /** The learner's private note; only its author can ever read it (row-level security). */
  note: string | null;
  /** Rated before a major edit of the statement: kept, but it no longer counts. */
  outdated: boolean;
};

/** The learner's own ratings of one statement, newest first. */
export const listRatingHistory = defineUseCase({
  permission: "learning.participate",
  run: listRatingHistoryUnchecked,
});
async function listRatingHistoryUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  statementId: string;
  /** The statement's current revision when the caller read it already (one statement less). */
  revision?: number;
}): Promise<RatingHistoryEntry[]> {
  const { tx, ctx } = options;
  const statement =
    options.revision !== undefined
      ? { revision: options.revision }
      : await tx.programStatement.findFirst({
          where: { id: options.statementId, organizationId: ctx.orgId },
          select: { revision: true },
        });
  if (!statement) return [];
  const ratings = await tx.rating.findMany({
    where: { organizationId: ctx.orgId, membershipId: ctx.membershipId, statementId: options.statementId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      level: true,
      unclear: true,
      wantsHelp: true,
      createdAt: true,
      statementRevision: true,
      note: { select: { text: true } },
    },
  });
  return ratings.flatMap((rating) =>
    isLevel(rating.level)
      ? [
          {
            id: rating.id,
            level: rating.level,
            unclear: rating.unclear,
            wantsHelp: rating.wantsHelp,
            createdAt: rating.createdAt,
            note: rating.note?.text ?? null,
            outdated: rating.statementRevision < statement.revision,
          },
        ]
      : [],
  );
}

/** The learner's answers to a statement's reflection prompts: prompt index → text. */
export const listMyReflections = defineUseCase({
  permission: "learning.participate",
  run: listMyReflectionsUnchecked,
});
async function listMyReflectionsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  statementId: string;
}): Promise<Map<number, string>> {
  const { tx, ctx } = options;
  const rows = await tx.reflection.findMany({
    // The user id too: row-level security already binds it, this says so in the query.
    where: {
      organizationId: ctx.orgId,
      membershipId: ctx.membershipId,
      userId: ctx.userId,
      statementId: options.statementId,
    },
    select: { promptIndex: true, text: true },
  });
  return new Map(rows.map((row) => [row.promptIndex, row.text]));
}
