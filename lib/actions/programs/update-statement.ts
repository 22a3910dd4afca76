"use server";

import { updateStatementInput } from "@/lib/programs/program-input";
import { updateStatement, type UpdatedStatement } from "@/lib/programs/update-statement";
import { workspaceAction } from "../pipeline";

/** Editor: a statement's text in one language, and its kind. */
export const updateStatementAction = workspaceAction({
  useCase: updateStatement,
  input: updateStatementInput,
  successMessageKey: (result: UpdatedStatement) =>
    result.major ? "programs:editor.savedMajor" : "programs:editor.saved",
  handler: ({ tx, ctx, input }) => updateStatement({ tx, ctx, input }),
});
