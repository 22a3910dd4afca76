"use server";

import { addAttemptInput } from "@/lib/challenge/challenge-input";
import { addAttempt } from "@/lib/challenge/add-attempt";
import { workspaceAction } from "../pipeline";

/** The rejection challenge: see lib/challenge. Only the person themself ever reaches their log. */
export const addAttemptAction = workspaceAction({
  useCase: addAttempt,
  input: addAttemptInput,
  successMessageKey: "challenge:messages.attemptAdded",
  handler: ({ tx, ctx, input }) => addAttempt({ tx, ctx, input }),
});
