"use server";

import { changeAssignmentDueDate } from "@/lib/programs/change-assignment-due-date";
import { changeAssignmentDueDateInput } from "@/lib/programs/program-input";
import { workspaceAction } from "../pipeline";

/** Assignments page: set, move or clear an assignment's due date. */
export const changeAssignmentDueDateAction = workspaceAction({
  useCase: changeAssignmentDueDate,
  input: changeAssignmentDueDateInput,
  successMessageKey: "programs:assign.dueDateSaved",
  handler: ({ tx, ctx, input }) => changeAssignmentDueDate({ tx, ctx, input }),
});
