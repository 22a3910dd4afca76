"use server";

import { addResource } from "@/lib/programs/add-resource";
import { addResourceInput } from "@/lib/programs/program-input";
import { workspaceAction } from "../pipeline";

/** Editor: a new resource at the end of a statement's resources. */
export const addResourceAction = workspaceAction({
  useCase: addResource,
  input: addResourceInput,
  successMessageKey: "programs:structure.resourceAdded",
  handler: ({ tx, ctx, input }) => addResource({ tx, ctx, input }),
});
