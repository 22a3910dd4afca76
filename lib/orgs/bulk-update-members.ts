import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { getT } from "@/lib/i18n/server";
import { namespaces, type Language } from "@/lib/i18n/settings";
import { requirePermission } from "@/lib/permissions/require-permission";
import { defineUseCase } from "@/lib/permissions/use-case";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { getTeamOrThrow } from "@/lib/teams/get-team-or-throw";
import { changeMemberRole } from "./change-member-role";
import type { BulkMembersInput, BulkOperation } from "./member-input";
import { setMemberStatus } from "./set-member-status";
import type { WorkspaceContext } from "./workspace-context";

export type BulkUpdatedMembers = { operation: BulkOperation; selected: number; changed: number };

/**
 * One operation on the people selected in the members table, all or nothing: each person goes
 * through the same use case as a change made one at a time (changeMemberRole, setMemberStatus,
 * addTeamMember), so the owner rules, the last owner, "not yourself" and the audit entries are
 * theirs, not copies. The first refusal rolls the whole batch back and names the person.
 */
export const bulkUpdateMembers = defineUseCase({
  permission: "members.manage",
  run: bulkUpdateMembersUnchecked,
});
async function bulkUpdateMembersUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: BulkMembersInput;
  /** The reader's language: the refusal quotes the single change's own reason in it. */
  lang: Language;
}): Promise<BulkUpdatedMembers> {
  const { tx, ctx, input, lang } = options;
  if (input.operation === "addToTeam") requirePermission(ctx, "teams.manage");
  const ids = [...new Set(input.membershipIds)];
  // Two submits of the same selection take turns: the second finds everything done and records
  // nothing, instead of both reading the old role and both writing an audit entry.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:members-bulk:${ctx.orgId}`}))`;
  // Every id must be a member of this organization; one that is not (another organization's, made
  // up) refuses the batch the same way a single change would, before anything is written.
  const members = await tx.membership.findMany({
    where: { organizationId: ctx.orgId, id: { in: ids } },
    select: { id: true, user: { select: { name: true, email: true } } },
  });
  if (members.length !== ids.length) throw AppError.notFound({ messageKey: "members.errors.notFound" });
  if (input.operation !== "reactivate" && ids.includes(ctx.membershipId)) {
    throw AppError.conflict({ messageKey: "members.bulk.errors.self" });
  }
  if (input.operation === "addToTeam") await getTeamOrThrow({ tx, ctx, teamId: input.teamId });

  const labels = new Map(members.map((member) => [member.id, member.user.name || member.user.email]));
  let changed = 0;
  for (const membershipId of ids) {
    try {
      const result = await applyOne(tx, ctx, input, membershipId);
      if (result) changed += 1;
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new AppError(error.code, {
        messageKey: "members.bulk.errors.refused",
        messageValues: {
          name: labels.get(membershipId) ?? "",
          reason: getT(lang, namespaces)(error.messageKey, error.messageValues),
        },
        cause: error,
      });
    }
  }
  return { operation: input.operation, selected: ids.length, changed };
}

async function applyOne(
  tx: TenantTx,
  ctx: WorkspaceContext,
  input: BulkMembersInput,
  membershipId: string,
): Promise<boolean> {
  switch (input.operation) {
    case "addToTeam":
      return (await addTeamMember({ tx, ctx, teamId: input.teamId, membershipId })).added;
    case "changeRole":
      return (await changeMemberRole({ tx, ctx, membershipId, role: input.role })).changed;
    case "deactivate":
      return (await setMemberStatus({ tx, ctx, membershipId, status: "deactivated" })).changed;
    case "reactivate":
      return (await setMemberStatus({ tx, ctx, membershipId, status: "active" })).changed;
  }
}
