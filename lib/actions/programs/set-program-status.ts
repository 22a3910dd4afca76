"use server";

import { setProgramStatusInput } from "@/lib/programs/program-input";
import { setProgramStatus, type ProgramStatusChange } from "@/lib/programs/set-program-status";
import { workspaceAction } from "../pipeline";

/** Editor: publish the program, or take it back to draft. */
export const setProgramStatusAction = workspaceAction({
  useCase: setProgramStatus,
  input: setProgramStatusInput,
  successMessageKey: (result: ProgramStatusChange) =>
    result.status === "published" ? "programs:status.publishedNow" : "programs:status.draftNow",
  handler: ({ tx, ctx, input }) => setProgramStatus({ tx, ctx, input }),
});
