"use server";

import { renameTeam } from "@/lib/teams/rename-team";
import { renameTeamInput } from "@/lib/teams/team-input";
import { workspaceAction } from "../pipeline";

/** Team page: give the team another name. */
export const renameTeamAction = workspaceAction({
  useCase: renameTeam,
  input: renameTeamInput,
  successMessageKey: "people:teams.renamed",
  handler: ({ tx, ctx, input }) => renameTeam({ tx, ctx, ...input }),
});
