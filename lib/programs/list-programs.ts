import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { libraryVersionDates } from "@/lib/library/version-dates";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { assignedPeopleByProgram, EVERYONE } from "./assigned-people";
import { readText, type LocalizedText } from "./program-texts";
import type { ProgramStatus } from "@/lib/programs/program-status";

export type ProgramAudience =
  { kind: "everyone" } | { kind: "team"; name: string } | { kind: "person"; name: string };

export type ProgramListItem = {
  id: string;
  title: LocalizedText;
  status: ProgramStatus;
  /**
   * The library program it was copied from and the version copied, with the date the library
   * published that version (what people see); null for the organization's own.
   */
  source: { slug: string; title: LocalizedText; version: string; versionDate: Date | null } | null;
  statementCount: number;
  createdAt: Date;
  assignments: { audience: ProgramAudience; dueDate: Date | null }[];
  /** Distinct people the program is assigned to (someone in two assigned teams counts once). */
  assignedPeople: number;
  /** Of those, how many have started. Learning is not built yet: nobody can have started. */
  startedPeople: number;
};

/** Every program of the organization, newest first, for HR's programs page. */
export const listPrograms = defineUseCase({ permission: "programs.manage", run: listProgramsUnchecked });
async function listProgramsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<ProgramListItem[]> {
  const { tx, ctx } = options;
  const programs = await tx.program.findMany({
    where: { organizationId: ctx.orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      sourceProgramId: true,
      sourceVersion: true,
      createdAt: true,
      _count: { select: { statements: { where: { hidden: false } } } },
      assignments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          audienceKey: true,
          dueDate: true,
          team: { select: { name: true } },
          membership: { select: { user: { select: { name: true, email: true } } } },
        },
      },
    },
  });
  const sourceIds = [
    ...new Set(programs.flatMap((program) => (program.sourceProgramId ? [program.sourceProgramId] : []))),
  ];
  const [sources, people, versionDate] = await Promise.all([
    sourceIds.length > 0
      ? tx.libraryProgram.findMany({
          where: { id: { in: sourceIds } },
          select: { id: true, slug: true, title: true },
        })
      : [],
    assignedPeopleByProgram({ tx, orgId: ctx.orgId, programIds: programs.map((program) => program.id) }),
    libraryVersionDates(
      tx,
      programs.flatMap((program) =>
        program.sourceProgramId && program.sourceVersion
          ? [{ programId: program.sourceProgramId, version: program.sourceVersion }]
          : [],
      ),
    ),
  ]);
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  return programs.map((program) => {
    const source = program.sourceProgramId ? sourceById.get(program.sourceProgramId) : undefined;
    return {
      id: program.id,
      title: readText(program.title),
      status: program.status,
      source:
        source && program.sourceVersion
          ? {
              slug: source.slug,
              title: readText(source.title),
              version: program.sourceVersion,
              versionDate: versionDate({ programId: source.id, version: program.sourceVersion }),
            }
          : null,
      statementCount: program._count.statements,
      createdAt: program.createdAt,
      assignments: program.assignments.map((assignment) => ({
        audience:
          assignment.audienceKey === EVERYONE
            ? { kind: "everyone" as const }
            : assignment.membership
              ? {
                  kind: "person" as const,
                  name: assignment.membership.user.name || assignment.membership.user.email,
                }
              : { kind: "team" as const, name: assignment.team?.name ?? "" },
        dueDate: assignment.dueDate,
      })),
      assignedPeople: people.get(program.id)?.size ?? 0,
      startedPeople: 0,
    };
  });
}
