"use server";

import { saveGoalInput } from "@/lib/challenge/challenge-input";
import { saveGoal } from "@/lib/challenge/save-goal";
import { workspaceAction } from "../pipeline";

/** The rejection challenge: see lib/challenge. Only the person themself ever reaches their log. */
export const saveGoalAction = workspaceAction({
  useCase: saveGoal,
  input: saveGoalInput,
  successMessageKey: "challenge:messages.goalSaved",
  handler: ({ tx, ctx, input }) => saveGoal({ tx, ctx, input }),
});
