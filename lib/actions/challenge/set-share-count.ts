"use server";

import { setShareCountInput } from "@/lib/challenge/challenge-input";
import { setShareCount } from "@/lib/challenge/set-share-count";
import { workspaceAction } from "../pipeline";

/** The rejection challenge: see lib/challenge. Only the person themself ever reaches their log. */
export const setShareCountAction = workspaceAction({
  useCase: setShareCount,
  input: setShareCountInput,
  successMessageKey: (result: { share: boolean }) =>
    result.share ? "challenge:messages.shareOn" : "challenge:messages.shareOff",
  handler: ({ tx, ctx, input }) => setShareCount({ tx, ctx, input }),
});
