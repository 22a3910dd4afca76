"use server";

import { setMemberStatus } from "@/lib/orgs/set-member-status";
import { setMemberStatusInput } from "@/lib/orgs/member-input";
import { workspaceAction } from "./pipeline";

/** Members page: deactivate or reactivate a member. */
export const setMemberStatusAction = workspaceAction({
  useCase: setMemberStatus,
  input: setMemberStatusInput,
  handler: ({ tx, ctx, input }) => setMemberStatus({ tx, ctx, ...input }),
  successMessageKey: (result) => `members.statusChanged.${result.status}`,
});
