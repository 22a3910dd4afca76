"use server";

import { refresh } from "next/cache";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { createInvitationInput } from "@/lib/invitations/invitation-input";
import { deliverInvitationMails } from "@/lib/invitations/send-invitation-mails";
import { workspaceAction } from "../pipeline";

/** Invitations page: invite one person; the mail goes out once the invitation is saved. The form words the outcome. */
export const createInvitationAction = workspaceAction({
  permission: "invitations.manage",
  input: createInvitationInput,
  handler: ({ tx, ctx, input }) => createInvitation({ tx, ctx, input }),
  after: async ({ result }) => {
    await deliverInvitationMails(result);
    refresh();
  },
});
