"use server";

import { refresh } from "next/cache";
import { resendInvitationInput } from "@/lib/invitations/invitation-input";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { withholdInvitationTokens } from "@/lib/invitations/send-invitation-mails";
import { workspaceAction } from "../pipeline";

/** Invitations page: a new link with a new expiry; the old link stops working. */
export const resendInvitationAction = workspaceAction({
  useCase: resendInvitation,
  input: resendInvitationInput,
  handler: ({ tx, ctx, input }) => resendInvitation({ tx, ctx, ...input }),
  after: ({ result }) => {
    withholdInvitationTokens(result);
    refresh();
  },
  successMessageKey: "people:invitations.resent",
});
