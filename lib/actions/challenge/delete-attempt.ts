"use server";

import { deleteAttemptInput } from "@/lib/challenge/challenge-input";
import { deleteAttempt } from "@/lib/challenge/edit-attempt";
import { workspaceAction } from "../pipeline";

/** The rejection challenge: see lib/challenge. Only the person themself ever reaches their log. */
export const deleteAttemptAction = workspaceAction({
  useCase: deleteAttempt,
  input: deleteAttemptInput,
  successMessageKey: "challenge:messages.attemptDeleted",
  handler: ({ tx, ctx, input }) => deleteAttempt({ tx, ctx, input }),
});
