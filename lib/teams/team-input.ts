// Inputs of the team actions, shared by the teams pages' forms and the server actions.
import { z } from "@/lib/validation/zod";
import { TEAM_NAME_MAX_LENGTH } from "./team-limits";

const teamId = z.uuid({ error: "people:teams.errors.teamRequired" });
const membershipId = z.uuid({ error: "people:teams.errors.memberRequired" });
const teamName = z
  .string({ error: "people:teams.errors.nameRequired" })
  .trim()
  .min(1, { error: "people:teams.errors.nameRequired" })
  .max(TEAM_NAME_MAX_LENGTH, { error: "people:teams.errors.nameTooLong" });

export const createTeamInput = z.object({ name: teamName });
export type CreateTeamInput = z.output<typeof createTeamInput>;

export const renameTeamInput = z.object({ teamId, name: teamName });
export type RenameTeamInput = z.output<typeof renameTeamInput>;

export const deleteTeamInput = z.object({ teamId });
export type DeleteTeamInput = z.output<typeof deleteTeamInput>;

export const addTeamMemberInput = z.object({
  teamId,
  membershipId,
  // A checkbox: absent when unticked.
  isManager: z.stringbool().optional().default(false),
});
export type AddTeamMemberInput = z.output<typeof addTeamMemberInput>;

export const removeTeamMemberInput = z.object({ teamId, membershipId });
export type RemoveTeamMemberInput = z.output<typeof removeTeamMemberInput>;

export const setTeamManagerInput = z.object({
  teamId,
  membershipId,
  isManager: z.stringbool({ error: "people:teams.errors.managerChoice" }),
});
export type SetTeamManagerInput = z.output<typeof setTeamManagerInput>;
