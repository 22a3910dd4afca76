"use server";

import { setShareRatingsInput } from "@/lib/account/account-input";
import { setShareRatings } from "@/lib/account/set-share-ratings";
import { workspaceAction } from "../pipeline";

/** "Share my ratings with my manager": the person's own switch, per organization. */
export const setShareRatingsAction = workspaceAction({
  useCase: setShareRatings,
  input: setShareRatingsInput,
  successMessageKey: (result: { share: boolean }) =>
    result.share ? "account:privacy.sharedOn" : "account:privacy.sharedOff",
  handler: ({ tx, ctx, input }) => setShareRatings({ tx, ctx, input }),
});
