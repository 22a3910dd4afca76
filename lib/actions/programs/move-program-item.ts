"use server";

import { moveProgramItem, type MovedItem } from "@/lib/programs/move-program-item";
import { moveProgramItemInput } from "@/lib/programs/program-input";
import { workspaceAction } from "../pipeline";

/** Editor: move a statement within its group, or a resource within its statement, one step. */
export const moveProgramItemAction = workspaceAction({
  useCase: moveProgramItem,
  input: moveProgramItemInput,
  successMessageKey: (result: MovedItem) =>
    result.moved ? "programs:structure.moved" : "programs:structure.notMoved",
  handler: ({ tx, ctx, input }) => moveProgramItem({ tx, ctx, input }),
});
