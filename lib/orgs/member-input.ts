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

/** At most one page of the members table at a time (lib/orgs/list-members.ts MEMBERS_PAGE_SIZE). */
export const BULK_MEMBERS_MAX = 50;

const membershipIds = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z
    .array(z.uuid({ error: "members.errors.memberRequired" }), { error: "members.bulk.errors.noneSelected" })
    .min(1, { error: "members.bulk.errors.noneSelected" })
    .max(BULK_MEMBERS_MAX, { error: "members.bulk.errors.tooMany" }),
);

export const bulkOperations = ["addToTeam", "changeRole", "deactivate", "reactivate"] as const;
export type BulkOperation = (typeof bulkOperations)[number];

/** The members table's bulk actions: one operation on the selected people. */
export const bulkMembersInput = z.discriminatedUnion(
  "operation",
  [
    z.object({
      operation: z.literal("addToTeam"),
      membershipIds,
      teamId: z.uuid({ error: "members.bulk.errors.teamRequired" }),
    }),
    z.object({
      operation: z.literal("changeRole"),
      membershipIds,
      role: z.enum(roles, { error: "members.errors.roleRequired" }),
    }),
    z.object({ operation: z.literal("deactivate"), membershipIds }),
    z.object({ operation: z.literal("reactivate"), membershipIds }),
  ],
  { error: "members.bulk.errors.operationRequired" },
);
export type BulkMembersInput = z.output<typeof bulkMembersInput>;
