"use server";

import { addStatement } from "@/lib/programs/add-statement";
import { addStatementInput } from "@/lib/programs/program-input";
import { workspaceAction } from "../pipeline";

/** Editor: a new statement at the end of its kind's group. */
export const addStatementAction = workspaceAction({
  useCase: addStatement,
  input: addStatementInput,
  successMessageKey: "programs:structure.statementAdded",
  handler: ({ tx, ctx, input }) => addStatement({ tx, ctx, input }),
});
