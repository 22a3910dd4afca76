"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createOrganization } from "@/lib/orgs/create-organization";
import { createOrganizationInput } from "@/lib/orgs/organization-input";
import { userAction } from "./pipeline";

/** The "new organization" form: creates it with the person as owner, then opens its workspace. */
export const createOrganizationAction = userAction({
  input: createOrganizationInput,
  handler: ({ user, input }) => createOrganization({ actor: user, input }),
  after: ({ result, lang }) => {
    // The header (rendered with the layout) shows the name the founder just gave.
    revalidatePath(`/${lang}`, "layout");
    redirect(`/${lang}/o/${result.slug}`);
  },
});
