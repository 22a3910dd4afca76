"use server";

import { updateProgramDetailsInput } from "@/lib/programs/program-input";
import { updateProgramDetails } from "@/lib/programs/update-program-details";
import { workspaceAction } from "../pipeline";

/** Editor: the program's title, tagline, summary and quote in one language. */
export const updateProgramDetailsAction = workspaceAction({
  useCase: updateProgramDetails,
  input: updateProgramDetailsInput,
  successMessageKey: "programs:editor.saved",
  handler: ({ tx, ctx, input }) => updateProgramDetails({ tx, ctx, input }),
});
