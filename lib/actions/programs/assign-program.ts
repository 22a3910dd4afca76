"use server";

import { assignProgram, type AssignedProgram } from "@/lib/programs/assign-program";
import { assignProgramInput } from "@/lib/programs/program-input";
import { workspaceAction } from "../pipeline";

/** Assignments page: assign the program to everyone or to teams, with an optional due date. */
export const assignProgramAction = workspaceAction({
  useCase: assignProgram,
  input: assignProgramInput,
  successMessageKey: (result: AssignedProgram) =>
    result.created > 0 ? "programs:assign.assigned" : "programs:assign.alreadyAssigned",
  handler: ({ tx, ctx, input }) => assignProgram({ tx, ctx, input }),
});
