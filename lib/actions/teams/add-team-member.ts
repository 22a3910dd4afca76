"use server";

import { addTeamMember } from "@/lib/teams/add-team-member";
import { addTeamMemberInput } from "@/lib/teams/team-input";
import { workspaceAction } from "../pipeline";

/** Team page: put a member of the organization in the team, optionally as a manager. */
export const addTeamMemberAction = workspaceAction({
  useCase: addTeamMember,
  input: addTeamMemberInput,
  handler: ({ tx, ctx, input }) => addTeamMember({ tx, ctx, ...input }),
  successMessageKey: (result) => (result.added ? "people:teams.memberAdded" : "people:teams.memberAlreadyIn"),
});
