import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { assignedPeople, EVERYONE } from "./assigned-people";
import { getProgramOrThrow } from "./get-program-or-throw";
import type { LocalizedText } from "./program-texts";
import type { ProgramStatus } from "@/lib/programs/program-status";

export type ProgramAssignment = {
  id: string;
  audience:
    | { kind: "everyone" }
    | { kind: "team"; teamId: string; name: string; memberCount: number }
    | { kind: "person"; membershipId: string; name: string; email: string; active: boolean };
  dueDate: Date | null;
};

export type ProgramAssignments = {
  program: { id: string; title: LocalizedText; status: ProgramStatus };
  assignments: ProgramAssignment[];
  /** Distinct people the program is assigned to. */
  assignedPeople: number;
};

const ORDER = { everyone: 0, team: 1, person: 2 } as const;

/**
 * A program's assignments (everyone first, then teams, then people, by name) and how many distinct
 * people they reach.
 */
export const listProgramAssignments = defineUseCase({
  permission: "programs.manage",
  run: listProgramAssignmentsUnchecked,
});
async function listProgramAssignmentsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
}): Promise<ProgramAssignments> {
  const { tx, ctx, programId } = options;
  const program = await getProgramOrThrow({ tx, ctx, programId });
  const rows = await tx.assignment.findMany({
    where: { organizationId: ctx.orgId, programId: program.id },
    select: {
      id: true,
      audienceKey: true,
      teamId: true,
      dueDate: true,
      team: {
        select: {
          name: true,
          _count: { select: { members: { where: { membership: { status: "active" } } } } },
        },
      },
      membership: { select: { id: true, status: true, user: { select: { name: true, email: true } } } },
    },
  });
  const assignments: ProgramAssignment[] = rows
    .map((row) => ({
      id: row.id,
      audience: row.membership
        ? ({
            kind: "person",
            membershipId: row.membership.id,
            name: row.membership.user.name || row.membership.user.email,
            email: row.membership.user.email,
            active: row.membership.status === "active",
          } as const)
        : row.audienceKey === EVERYONE || !row.team || !row.teamId
          ? ({ kind: "everyone" } as const)
          : ({
              kind: "team",
              teamId: row.teamId,
              name: row.team.name,
              memberCount: row.team._count.members,
            } as const),
      dueDate: row.dueDate,
    }))
    .sort((a, b) => {
      if (a.audience.kind !== b.audience.kind) return ORDER[a.audience.kind] - ORDER[b.audience.kind];
      const nameA = a.audience.kind === "everyone" ? "" : a.audience.name;
      const nameB = b.audience.kind === "everyone" ? "" : b.audience.name;
      return nameA.localeCompare(nameB, "nb");
    });
  const people = await assignedPeople({ tx, orgId: ctx.orgId, programId: program.id });
  return {
    program: { id: program.id, title: program.title, status: program.status },
    assignments,
    assignedPeople: people.size,
  };
}
