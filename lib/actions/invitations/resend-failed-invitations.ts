"use server";

import { refresh } from "next/cache";
import { z } from "@/lib/validation/zod";
import { resendFailedInvitations } from "@/lib/invitations/resend-failed-invitations";
import { withholdInvitationTokens } from "@/lib/invitations/send-invitation-mails";
import { workspaceAction } from "../pipeline";

/** Invitations page: every invitation whose mail failed, sent again with a new link. */
export const resendFailedInvitationsAction = workspaceAction({
  useCase: resendFailedInvitations,
  input: z.object({}),
  handler: ({ tx, ctx }) => resendFailedInvitations({ tx, ctx }),
  after: ({ result }) => {
    withholdInvitationTokens(result);
    refresh();
  },
});
