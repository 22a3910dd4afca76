"use server";

import { revokeInvitationInput } from "@/lib/invitations/invitation-input";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { workspaceAction } from "../pipeline";

/** Invitations page: withdraw an invitation; its link stops working. */
export const revokeInvitationAction = workspaceAction({
  useCase: revokeInvitation,
  input: revokeInvitationInput,
  successMessageKey: "people:invitations.revoked",
  handler: ({ tx, ctx, input }) => revokeInvitation({ tx, ctx, ...input }),
});
