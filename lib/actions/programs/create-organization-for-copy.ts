import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult, ActionState } from "@/lib/actions/action-result";
import { createOrganization, type CreatedOrganization } from "@/lib/orgs/create-organization";
import { createOrganizationInput } from "@/lib/orgs/organization-input";
import { userAction, type ActionInput, type UserScope } from "../pipeline";

const LIBRARY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The "new organization" form inside the copy flow: creates the organization exactly like the
 * organizations page does, then returns to the copy page of the program instead of the workspace.
 * The copy page wraps it in a server action that closes over the program's slug.
 */
export function createOrganizationForCopy(
  programSlug: string,
  scope: UserScope,
  previous: ActionState<CreatedOrganization>,
  input: ActionInput,
): Promise<ActionResult<CreatedOrganization>> {
  if (!LIBRARY_SLUG.test(programSlug)) throw new Error("programSlug must be a library slug");
  const action = userAction({
    input: createOrganizationInput,
    handler: ({ user, input: parsed }) => createOrganization({ actor: user, input: parsed }),
    after: ({ lang }) => {
      revalidatePath(`/${lang}`, "layout");
      redirect(`/${lang}/library/${programSlug}/copy`);
    },
  });
  return action(scope, previous, input);
}
