"use server";

import { changeMemberRole } from "@/lib/orgs/change-member-role";
import { changeMemberRoleInput } from "@/lib/orgs/member-input";
import { workspaceAction } from "./pipeline";

/** Members page: give a member another role. */
export const changeMemberRoleAction = workspaceAction({
  useCase: changeMemberRole,
  input: changeMemberRoleInput,
  successMessageKey: "members.roleChanged",
  handler: ({ tx, ctx, input }) => changeMemberRole({ tx, ctx, ...input }),
});
