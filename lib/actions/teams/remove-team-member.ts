"use server";

import { removeTeamMember } from "@/lib/teams/remove-team-member";
import { removeTeamMemberInput } from "@/lib/teams/team-input";
import { workspaceAction } from "../pipeline";

/** Team page: take a person out of the team. */
export const removeTeamMemberAction = workspaceAction({
  useCase: removeTeamMember,
  input: removeTeamMemberInput,
  successMessageKey: "people:teams.memberRemoved",
  handler: ({ tx, ctx, input }) => removeTeamMember({ tx, ctx, ...input }),
});
