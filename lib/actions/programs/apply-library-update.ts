"use server";

import { redirect } from "next/navigation";
import { applyLibraryUpdate } from "@/lib/programs/library-update/apply-library-update";
import { applyLibraryUpdateInput } from "@/lib/programs/library-update/update-input";
import { workspaceAction } from "../pipeline";

/** The update page: takes a library update with HR's decision per item, then shows the outcome. */
export const applyLibraryUpdateAction = workspaceAction({
  useCase: applyLibraryUpdate,
  input: applyLibraryUpdateInput,
  handler: ({ tx, ctx, input }) => applyLibraryUpdate({ tx, ctx, input }),
  after: ({ ctx, result, lang }) => {
    const outcome = new URLSearchParams({ accepted: String(result.accepted), kept: String(result.kept) });
    redirect(`/${lang}/o/${ctx.orgSlug}/programs/${result.programId}/updates?${outcome.toString()}`);
  },
});
