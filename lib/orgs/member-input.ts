// Inputs of the member actions, shared by the members page's forms and the server actions.
import { z } from "@/lib/validation/zod";
import { roles } from "@/lib/permissions/roles";

const membershipId = z.uuid({ error: "members.errors.memberRequired" });

export const changeMemberRoleInput = z.object({
  membershipId,
  role: z.enum(roles, { error: "members.errors.roleRequired" }),
});
export type ChangeMemberRoleInput = z.output<typeof changeMemberRoleInput>;

export const memberStatuses = ["active", "deactivated"] as const;
export type MemberStatus = (typeof memberStatuses)[number];

export const setMemberStatusInput = z.object({
  membershipId,
  status: z.enum(memberStatuses, { error: "members.errors.statusRequired" }),
});
export type SetMemberStatusInput = z.output<typeof setMemberStatusInput>;

export const MEMBER_SEARCH_MAX_LENGTH = 100;
