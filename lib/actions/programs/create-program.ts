"use server";

import { redirect } from "next/navigation";
import { createProgram } from "@/lib/programs/create-program";
import { createProgramInput } from "@/lib/programs/program-input";
import { workspaceAction } from "../pipeline";

/** The programs page's "New program": an empty one or a duplicate, then straight into its editor. */
export const createProgramAction = workspaceAction({
  useCase: createProgram,
  input: createProgramInput,
  handler: ({ tx, ctx, input }) => createProgram({ tx, ctx, input }),
  after: ({ ctx, result, lang }) =>
    redirect(`/${lang}/o/${ctx.orgSlug}/programs/${result.programId}?created=1`),
});
