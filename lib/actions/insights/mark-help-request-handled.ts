"use server";

import { z } from "@/lib/validation/zod";
import { markHelpRequestHandled, type HandledHelpRequest } from "@/lib/insights/help-requests";
import { workspaceAction } from "../pipeline";

/** Team page and HR overview: mark a help request handled (again: nothing changes). */
export const markHelpRequestHandledAction = workspaceAction({
  useCase: markHelpRequestHandled,
  input: z.object({ helpRequestId: z.uuid({ message: "insights:errors.helpRequestNotFound" }) }),
  successMessageKey: (result: HandledHelpRequest) =>
    result.alreadyHandled ? "insights:help.alreadyHandled" : "insights:help.handled",
  handler: ({ tx, ctx, input }) => markHelpRequestHandled({ tx, ctx, input }),
});
