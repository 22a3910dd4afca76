"use server";

import { refresh } from "next/cache";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { createInvitationInput } from "@/lib/invitations/invitation-input";
import { withholdInvitationTokens } from "@/lib/invitations/send-invitation-mails";
import { workspaceAction } from "../pipeline";

/** Invitations page: invite one person; the mail is queued with the invitation (ADR 020). */
export const createInvitationAction = workspaceAction({
  useCase: createInvitation,
  input: createInvitationInput,
  handler: ({ tx, ctx, input }) => createInvitation({ tx, ctx, input }),
  after: ({ result }) => {
    withholdInvitationTokens(result);
    refresh();
  },
});
