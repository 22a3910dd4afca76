import "server-only";
import { q, queryRows, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { reaches } from "@/lib/insights/who-counts";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { EVERYONE } from "./assigned-people";
import { programCoverSeed } from "./cover";
import { readText, type LocalizedText } from "./program-texts";

export type AssignedProgram = {
  id: string;
  title: LocalizedText;
  tagline: LocalizedText;
  /** What its generated cover is drawn from: a copy's library slug, else its id (cover.ts). */
  coverSeed: string;
  /** The earliest due date among the assignments that reach the person; null when none has one. */
  dueDate: Date | null;
};

/**
 * The programs a learner is assigned (to everyone, to a team they are in, or to them by name). Only published
 * programs: a draft is HR's work in progress and never reaches learners.
 */
export const listAssignedProgramsForMember = defineUseCase({
  permission: "learning.participate",
  run: listAssignedProgramsForMemberUnchecked,
});
async function listAssignedProgramsForMemberUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<AssignedProgram[]> {
  const { tx, ctx } = options;
  // One statement (issue 17: the workspace's home and My programs read this on every view): the
  // programs, the earliest due date of the assignments that reach the person, and a copy's library
  // slug for its cover.
  const rows = await queryRows(
    tx,
    q
      .selectFrom("Program as p")
      .innerJoin("Assignment as a", (join) =>
        join.onRef("a.organizationId", "=", "p.organizationId").onRef("a.programId", "=", "p.id"),
      )
      .leftJoin("LibraryProgram as lp", "lp.id", "p.sourceProgramId")
      .select((eb) => [
        sql<string>`${eb.ref("p.id")}::text`.as("id"),
        "p.title",
        "p.tagline",
        "lp.slug as librarySlug",
        eb.fn.min("a.dueDate").as("dueDate"),
      ])
      .where("p.organizationId", "=", uuid(ctx.orgId))
      .where("p.status", "=", sql.lit("published"))
      .where(reaches(ctx.orgId, EVERYONE, uuid(ctx.membershipId)))
      // Program's key is (organizationId, id): its other columns follow from it.
      .groupBy(["p.organizationId", "p.id", "lp.slug"])
      .orderBy("p.createdAt")
      .orderBy("p.id"),
  );
  return rows.map((row) => ({
    id: row.id,
    title: readText(row.title),
    tagline: readText(row.tagline),
    coverSeed: programCoverSeed({ id: row.id, librarySlug: row.librarySlug }),
    dueDate: row.dueDate === null ? null : new Date(row.dueDate),
  }));
}
