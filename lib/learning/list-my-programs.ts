import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { languages, type Language } from "@/lib/i18n/settings";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { listAssignedProgramsForMember } from "@/lib/programs/list-assigned-programs-for-member";
import type { LocalizedText } from "@/lib/programs/program-texts";
import { loadLearnerPrograms } from "./learner-program";
import { progressParts, totalMinutes, type NextItem, type Progress, type ProgressParts } from "./progress";

export type MyProgram = {
  id: string;
  coverSeed: string;
  title: LocalizedText;
  tagline: LocalizedText;
  dueDate: Date | null;
  progress: Progress;
  /** Resources read and statements rated, told apart. */
  parts: ProgressParts;
  /** Total reading time per language. */
  minutes: Record<Language, number>;
  next: NextItem;
  started: boolean;
};

/** "My programs": every published program assigned to the learner, with their progress in it. */
export const listMyPrograms = defineUseCase({
  permission: "learning.participate",
  run: listMyProgramsUnchecked,
});
async function listMyProgramsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  now?: Date;
}): Promise<MyProgram[]> {
  const { tx, ctx } = options;
  const assigned = await listAssignedProgramsForMember({ tx, ctx });
  const loaded = await loadLearnerPrograms({
    tx,
    ctx,
    programIds: assigned.map((program) => program.id),
    now: options.now,
  });
  return assigned.map((program) => {
    const own = loaded.get(program.id)!;
    return {
      ...program,
      progress: own.progress,
      parts: progressParts(own.statements),
      minutes: Object.fromEntries(
        languages.map((lang) => [lang, totalMinutes(own.statements, lang)]),
      ) as Record<Language, number>,
      next: own.next,
      started: own.started,
    };
  });
}
