"use server";

import { setItemHiddenInput } from "@/lib/programs/program-input";
import { setItemHidden, type ItemVisibility } from "@/lib/programs/set-item-hidden";
import { workspaceAction } from "../pipeline";

/** Editor: hide a statement or resource from learners, or show it again. */
export const setItemHiddenAction = workspaceAction({
  useCase: setItemHidden,
  input: setItemHiddenInput,
  successMessageKey: (result: ItemVisibility) =>
    result.hidden ? "programs:editor.hiddenNow" : "programs:editor.shownNow",
  handler: ({ tx, ctx, input }) => setItemHidden({ tx, ctx, input }),
});
