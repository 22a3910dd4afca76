"use server";

import { redirect } from "next/navigation";
import { deleteTeam } from "@/lib/teams/delete-team";
import { deleteTeamInput } from "@/lib/teams/team-input";
import { workspaceAction } from "../pipeline";

/** Team page: delete the team (after a confirmation), then back to the list. */
export const deleteTeamAction = workspaceAction({
  useCase: deleteTeam,
  input: deleteTeamInput,
  handler: ({ tx, ctx, input }) => deleteTeam({ tx, ctx, ...input }),
  after: ({ ctx, lang }) => redirect(`/${lang}/o/${ctx.orgSlug}/teams?deleted=1`),
});
