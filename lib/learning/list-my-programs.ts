import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listAssignedProgramsForMember } from "@/lib/programs/list-assigned-programs-for-member";
import type { LocalizedText } from "@/lib/programs/program-texts";
import { loadLearnerPrograms } from "./learner-program";
import type { NextItem, Progress } from "./progress";

export type MyProgram = {
  id: string;
  title: LocalizedText;
  tagline: LocalizedText;
  dueDate: Date | null;
  progress: Progress;
  next: NextItem;
  started: boolean;
};

/** "My programs": every published program assigned to the learner, with their progress in it. */
export async function listMyPrograms(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  now?: Date;
}): Promise<MyProgram[]> {
  const { tx, ctx } = options;
  requirePermission(ctx, "learning.participate");
  const assigned = await listAssignedProgramsForMember({ tx, ctx });
  const loaded = await loadLearnerPrograms({
    tx,
    ctx,
    programIds: assigned.map((program) => program.id),
    now: options.now,
  });
  return assigned.map((program) => {
    const own = loaded.get(program.id)!;
    return { ...program, progress: own.progress, next: own.next, started: own.started };
  });
}
