"use server";

import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { describeTransferProblem, type DescribedProblem } from "@/lib/programs/transfer/describe-problem";
import { importProgram } from "@/lib/programs/transfer/import-program";
import { importProgramInput } from "@/lib/programs/transfer/import-program-input";
import type { ActionResult, ActionState } from "../action-result";
import { formDataToObject } from "../form-input";
import { requiresSameAs, workspaceAction, type ActionInput, type WorkspaceScope } from "../pipeline";

export type ImportProgramOutcome =
  { status: "imported"; programId: string } | { status: "invalid"; problems: DescribedProblem[] };

const runImport = workspaceAction({
  useCase: importProgram,
  input: importProgramInput,
  handler: async ({ tx, ctx, input, lang }): Promise<ImportProgramOutcome> => {
    // Read after the pipeline has checked the permission: nobody else's upload is even unpacked.
    const zip = new Uint8Array(await input.file.arrayBuffer());
    const result = await importProgram({ tx, ctx, zip, requestKey: input.requestKey });
    if (result.status === "imported") return { status: "imported", programId: result.programId };
    const t = getT(lang, "programs");
    return {
      status: "invalid",
      problems: result.problems.map((problem) => describeTransferProblem(problem, t)),
    };
  },
  after: ({ ctx, result, lang }) => {
    if (result.status === "imported")
      redirect(`/${lang}/o/${ctx.orgSlug}/programs/${result.programId}?imported=1`);
  },
});

/**
 * "Import program": a zipped program folder becomes a draft of the organization's own, then its
 * editor opens; a bad file answers with every problem found, translated, and nothing saved. The
 * pipeline reads text fields only, so the file is handed to it beside them.
 */
export async function importProgramAction(
  scope: WorkspaceScope,
  previous: ActionState<ImportProgramOutcome>,
  input: ActionInput,
): Promise<ActionResult<ImportProgramOutcome>> {
  const object = input instanceof FormData ? { ...formDataToObject(input), file: input.get("file") } : input;
  return runImport(scope, previous, object);
}
// What it requires is what runImport requires, for the authorization matrix to read (ADR 038).
requiresSameAs(importProgramAction, runImport);
