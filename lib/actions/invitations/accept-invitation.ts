"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationInput } from "@/lib/invitations/invitation-input";
import { userAction } from "../pipeline";

/** Accept page: join the organization as the signed-in, invited person, then open its workspace. */
export const acceptInvitationAction = userAction({
  input: acceptInvitationInput,
  handler: ({ user, input }) => acceptInvitation({ user, token: input.token, yourName: input.yourName }),
  after: ({ result, lang }) => {
    // The header (rendered with the layout) shows the name the person may just have given.
    revalidatePath(`/${lang}`, "layout");
    redirect(`/${lang}/o/${result.orgSlug}`);
  },
});
