import type { ActionResult } from "@/lib/actions/action-result";
import type { WorkspaceScope } from "@/lib/actions/pipeline";

/**
 * Any workspace action a form may call, whatever its result: the pipeline ignores the previous
 * state, so the forms pass null and only read `ok`, `message` and `fieldErrors`.
 */
export type WorkspaceFormAction<Result = unknown> = (
  scope: WorkspaceScope,
  previous: null,
  input: FormData | Record<string, unknown>,
) => Promise<ActionResult<Result>>;
