"use server";

import { rateStatementInput } from "@/lib/learning/learning-input";
import { rateStatement } from "@/lib/learning/rate-statement";
import { workspaceAction } from "../pipeline";

/** A learner rates a statement (with an optional private note and the two flags). */
export const rateStatementAction = workspaceAction({
  useCase: rateStatement,
  input: rateStatementInput,
  successMessageKey: "learning:rating.saved",
  handler: ({ tx, ctx, input }) => rateStatement({ tx, ctx, input }),
});
