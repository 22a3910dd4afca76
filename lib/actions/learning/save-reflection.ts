"use server";

import { saveReflectionInput } from "@/lib/learning/learning-input";
import { saveReflection } from "@/lib/learning/save-reflection";
import { workspaceAction } from "../pipeline";

/** A learner saves their private answer to a reflection prompt. */
export const saveReflectionAction = workspaceAction({
  useCase: saveReflection,
  input: saveReflectionInput,
  successMessageKey: "learning:reflection.saved",
  handler: ({ tx, ctx, input }) => saveReflection({ tx, ctx, input }),
});
