"use server";

import { removeAssignment } from "@/lib/programs/remove-assignment";
import { removeAssignmentInput } from "@/lib/programs/program-input";
import { workspaceAction } from "../pipeline";

/** Assignments page: take the program back from an audience. */
export const removeAssignmentAction = workspaceAction({
  useCase: removeAssignment,
  input: removeAssignmentInput,
  successMessageKey: "programs:assign.removed",
  handler: ({ tx, ctx, input }) => removeAssignment({ tx, ctx, input }),
});
