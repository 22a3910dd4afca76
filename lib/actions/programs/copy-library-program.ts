"use server";

import { redirect } from "next/navigation";
import type { ActionResult, ActionState } from "@/lib/actions/action-result";
import { copyLibraryProgram, type CopyLibraryProgramResult } from "@/lib/programs/copy-library-program";
import { copyLibraryProgramInput } from "@/lib/programs/program-input";
import { requiresSameAs, workspaceAction, type ActionInput, type UserScope } from "../pipeline";

const copyIntoWorkspace = workspaceAction({
  useCase: copyLibraryProgram,
  input: copyLibraryProgramInput,
  handler: ({ tx, ctx, input }) =>
    copyLibraryProgram({
      tx,
      ctx,
      librarySlug: input.programSlug,
      requestKey: input.requestKey,
      again: input.again,
    }),
  // Straight into the copy; when a second copy needs confirming, the form asks.
  after: ({ ctx, result, lang }) => {
    if (result.status === "copied")
      redirect(`/${lang}/o/${ctx.orgSlug}/programs/${result.programId}?copied=1`);
  },
});

/**
 * The copy page's form. It starts outside any workspace, so the organization the person picked
 * travels in the form (`orgSlug`) and is resolved against their membership like a URL's slug.
 */
export async function copyLibraryProgramAction(
  scope: UserScope,
  previous: ActionState<CopyLibraryProgramResult>,
  input: ActionInput,
): Promise<ActionResult<CopyLibraryProgramResult>> {
  const orgSlug = input instanceof FormData ? input.get("orgSlug") : input.orgSlug;
  return copyIntoWorkspace(
    { lang: scope?.lang, orgSlug: typeof orgSlug === "string" ? orgSlug : "" },
    previous,
    input,
  );
}
// What it requires is what copyIntoWorkspace requires, for the authorization matrix to read (ADR 038).
requiresSameAs(copyLibraryProgramAction, copyIntoWorkspace);
