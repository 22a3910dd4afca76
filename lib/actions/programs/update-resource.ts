"use server";

import { updateResourceInput } from "@/lib/programs/program-input";
import { updateResource, type UpdatedResource } from "@/lib/programs/update-resource";
import { workspaceAction } from "../pipeline";

/** Editor: a resource's title and Markdown body in one language. */
export const updateResourceAction = workspaceAction({
  useCase: updateResource,
  input: updateResourceInput,
  successMessageKey: (result: UpdatedResource) =>
    result.major ? "programs:editor.savedMajor" : "programs:editor.saved",
  handler: ({ tx, ctx, input }) => updateResource({ tx, ctx, input }),
});
