"use server";

import { updateAttemptInput } from "@/lib/challenge/challenge-input";
import { updateAttempt } from "@/lib/challenge/edit-attempt";
import { workspaceAction } from "../pipeline";

/** The rejection challenge: see lib/challenge. Only the person themself ever reaches their log. */
export const updateAttemptAction = workspaceAction({
  useCase: updateAttempt,
  input: updateAttemptInput,
  successMessageKey: "challenge:messages.attemptUpdated",
  handler: ({ tx, ctx, input }) => updateAttempt({ tx, ctx, input }),
});
