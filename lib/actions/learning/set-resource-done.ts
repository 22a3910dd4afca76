"use server";

import { setResourceDoneInput } from "@/lib/learning/learning-input";
import { setResourceDone } from "@/lib/learning/set-resource-done";
import { workspaceAction } from "../pipeline";

/** A learner marks a resource as done, or undoes it. */
export const setResourceDoneAction = workspaceAction({
  useCase: setResourceDone,
  input: setResourceDoneInput,
  successMessageKey: (result: { done: boolean }) =>
    result.done ? "learning:resource.markedDone" : "learning:resource.undone",
  handler: ({ tx, ctx, input }) => setResourceDone({ tx, ctx, input }),
});
