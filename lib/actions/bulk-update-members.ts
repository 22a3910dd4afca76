"use server";

import { bulkUpdateMembers } from "@/lib/orgs/bulk-update-members";
import { bulkMembersInput } from "@/lib/orgs/member-input";
import { workspaceAction } from "./pipeline";

/** Members table: add the selected people to a team, change their role, (de)activate them. */
export const bulkUpdateMembersAction = workspaceAction({
  useCase: bulkUpdateMembers,
  input: bulkMembersInput,
  handler: ({ tx, ctx, input, lang }) => bulkUpdateMembers({ tx, ctx, input, lang }),
  successMessageKey: (result) => `members.bulk.done.${result.operation}`,
});
