"use server";

import { deleteProgramItem, type DeletedItem } from "@/lib/programs/delete-program-item";
import { deleteProgramItemInput } from "@/lib/programs/program-input";
import { workspaceAction } from "../pipeline";

/** Editor: delete a statement (with its resources) or a resource, after the person confirmed. */
export const deleteProgramItemAction = workspaceAction({
  useCase: deleteProgramItem,
  input: deleteProgramItemInput,
  successMessageKey: (result: DeletedItem) =>
    result.itemType === "statement"
      ? "programs:structure.statementDeleted"
      : "programs:structure.resourceDeleted",
  handler: ({ tx, ctx, input }) => deleteProgramItem({ tx, ctx, input }),
});
