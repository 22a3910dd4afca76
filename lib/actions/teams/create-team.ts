"use server";

import { redirect } from "next/navigation";
import { createTeam } from "@/lib/teams/create-team";
import { createTeamInput } from "@/lib/teams/team-input";
import { workspaceAction } from "../pipeline";

/** Teams page: make a team, then open it to add people. */
export const createTeamAction = workspaceAction({
  useCase: createTeam,
  input: createTeamInput,
  handler: ({ tx, ctx, input }) => createTeam({ tx, ctx, name: input.name }),
  after: ({ ctx, result, lang }) => redirect(`/${lang}/o/${ctx.orgSlug}/teams/${result.teamId}`),
});
