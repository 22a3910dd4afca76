"use server";

import { setProgramArchivedInput } from "@/lib/programs/program-input";
import { setProgramArchived, type ProgramArchiveChange } from "@/lib/programs/set-program-archived";
import { workspaceAction } from "../pipeline";

/** Editor: archive a program (its assignments end) or restore it as a draft. */
export const setProgramArchivedAction = workspaceAction({
  useCase: setProgramArchived,
  input: setProgramArchivedInput,
  successMessageKey: (result: ProgramArchiveChange) =>
    result.archived ? "programs:archive.archivedNow" : "programs:archive.restoredNow",
  handler: ({ tx, ctx, input }) => setProgramArchived({ tx, ctx, input }),
});
