// The learner's home in a workspace (issue 19): not a link to "My programs" but what to do next,
// named, with the due date and the progress spelled out as resources read and statements rated.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { listAssignedProgramsForMember } from "@/lib/programs/list-assigned-programs-for-member";
import type { LocalizedText } from "@/lib/programs/program-texts";
import { loadLearnerPrograms, type LearnerStatement } from "./learner-program";
import { progressParts, type Progress } from "./progress";

/** The next thing to do, with what it is called: a resource's title or a statement's text. */
export type HomeNextItem = { kind: "resource" | "statement"; id: string; title: LocalizedText };

export type HomeProgram = {
  id: string;
  coverSeed: string;
  title: LocalizedText;
  dueDate: Date | null;
  progress: Progress;
  resources: { done: number; total: number };
  statements: { rated: number; total: number };
  next: HomeNextItem | null;
  started: boolean;
};

export type LearnerHome = {
  /** Where to carry on: the unfinished program due first (one without a date last); null when none. */
  current: HomeProgram | null;
  /** The other unfinished programs, in the same order. */
  others: HomeProgram[];
  /** Finished programs, for the moment of completion. */
  completed: HomeProgram[];
};

/** The next item with what it is called (its resource title or statement text). */
export function nameNext(statements: LearnerStatement[], next: { kind: string; id: string } | null) {
  if (!next) return null;
  for (const statement of statements) {
    if (next.kind === "statement" && statement.id === next.id)
      return { kind: "statement" as const, id: statement.id, title: statement.text };
    const resource = statement.resources.find((entry) => entry.id === next.id);
    if (next.kind === "resource" && resource)
      return { kind: "resource" as const, id: resource.id, title: resource.title };
  }
  return null;
}

/** Earliest due date first, programs without one after them, then in assignment order (stable sort). */
const byDueDate = (a: HomeProgram, b: HomeProgram) =>
  (a.dueDate?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueDate?.getTime() ?? Number.POSITIVE_INFINITY);

/** The learner's own programs as their home shows them; only their own record, in this organization. */
export const getLearnerHome = defineUseCase({
  permission: "learning.participate",
  run: getLearnerHomeUnchecked,
});
async function getLearnerHomeUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  now?: Date;
}): Promise<LearnerHome> {
  const { tx, ctx } = options;
  const assigned = await listAssignedProgramsForMember({ tx, ctx });
  const loaded = await loadLearnerPrograms({
    tx,
    ctx,
    programIds: assigned.map((program) => program.id),
    now: options.now,
  });
  const programs = assigned.map((program): HomeProgram => {
    const own = loaded.get(program.id)!;
    return {
      id: program.id,
      coverSeed: program.coverSeed,
      title: program.title,
      dueDate: program.dueDate,
      progress: own.progress,
      ...progressParts(own.statements),
      next: nameNext(own.statements, own.next),
      started: own.started,
    };
  });
  const open = programs.filter((program) => !program.progress.complete).sort(byDueDate);
  return {
    current: open[0] ?? null,
    others: open.slice(1),
    completed: programs.filter((program) => program.progress.complete),
  };
}
