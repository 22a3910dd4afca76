import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
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
  const teams = await tx.teamMember.findMany({
    where: { organizationId: ctx.orgId, membershipId: ctx.membershipId },
    select: { teamId: true },
  });
  const reachesMe = {
    organizationId: ctx.orgId,
    OR: [
      { audienceKey: EVERYONE },
      { teamId: { in: teams.map((team) => team.teamId) } },
      { membershipId: ctx.membershipId },
    ],
  };
  const programs = await tx.program.findMany({
    where: { organizationId: ctx.orgId, status: "published", assignments: { some: reachesMe } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      tagline: true,
      sourceProgramId: true,
      assignments: { where: reachesMe, select: { dueDate: true } },
    },
  });
  const sources = programs.flatMap((program) => (program.sourceProgramId ? [program.sourceProgramId] : []));
  const slugOf = new Map(
    sources.length === 0
      ? []
      : (
          await tx.libraryProgram.findMany({
            where: { id: { in: sources } },
            select: { id: true, slug: true },
          })
        ).map((library) => [library.id, library.slug]),
  );
  return programs.map((program) => {
    const dates = program.assignments.flatMap((assignment) =>
      assignment.dueDate ? [assignment.dueDate] : [],
    );
    return {
      id: program.id,
      title: readText(program.title),
      tagline: readText(program.tagline),
      coverSeed: programCoverSeed({
        id: program.id,
        librarySlug: program.sourceProgramId ? slugOf.get(program.sourceProgramId) : null,
      }),
      dueDate: dates.length > 0 ? new Date(Math.min(...dates.map((date) => date.getTime()))) : null,
    };
  });
}
