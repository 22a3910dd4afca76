"use server";

import { setTeamManager } from "@/lib/teams/set-team-manager";
import { setTeamManagerInput } from "@/lib/teams/team-input";
import { workspaceAction } from "../pipeline";

/** Team page: make a member one of the team's managers, or not any more. */
export const setTeamManagerAction = workspaceAction({
  useCase: setTeamManager,
  input: setTeamManagerInput,
  handler: ({ tx, ctx, input }) => setTeamManager({ tx, ctx, ...input }),
  successMessageKey: (result) => (result.isManager ? "people:teams.managerSet" : "people:teams.managerUnset"),
});
