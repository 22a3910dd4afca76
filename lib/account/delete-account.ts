import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { q, queryRows } from "@/lib/db/sql";
import { withUser, type TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { DeleteAccountInput } from "./account-input";

export type DeletedAccount = { userId: string; deletedOrganizationIds: string[] };

/**
 * Deletes the signed-in person everywhere, in one transaction. Deleting the User row cascades (as
 * the tables' owner, which row-level security does not bind for foreign-key actions) to their
 * sessions, sign-in accounts, memberships in every organization and, through the memberships, all
 * their learning data: completions, ratings with notes, current ratings, help requests,
 * reflections, challenge goal and log. Invitations addressed to them are personal data too and go.
 *
 * Refused (CONFLICT) when the person is the only active owner of an organization that has other
 * members: someone has to be left who can run it. An organization with no other member is deleted
 * with them, since nobody could ever open it again.
 */
export async function deleteAccount(options: {
  user: SessionUser;
  input: DeleteAccountInput;
}): Promise<DeletedAccount> {
  const { user, input } = options;
  const email = user.email.toLowerCase();
  if (input.email !== email)
    throw AppError.invalid({ fieldErrors: { email: "account:delete.errors.emailMismatch" } });

  return withUser(user.id, async (tx) => {
    const memberships = await tx.membership.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, organizationId: true, role: true, status: true },
    });
    const deletedOrganizationIds: string[] = [];
    for (const membership of memberships) {
      // Each organization's rows are reachable only with its id as app.org_id; setting it for the
      // rest of this transaction keeps every check and deletion in one commit.
      await enterOrganization(tx, membership.organizationId);
      if (membership.role === "owner" && membership.status === "active") {
        const alone = await isOnlyMember(tx, membership);
        if (alone) deletedOrganizationIds.push(membership.organizationId);
        else await requireAnotherOwner(tx, membership);
      }
      await tx.invitation.deleteMany({ where: { organizationId: membership.organizationId, email } });
    }
    for (const organizationId of deletedOrganizationIds) {
      await enterOrganization(tx, organizationId);
      await tx.organization.delete({ where: { id: organizationId } });
    }
    await enterOrganization(tx, "");
    await tx.verificationToken.deleteMany({ where: { identifier: email } });
    await tx.user.delete({ where: { id: user.id } });
    return { userId: user.id, deletedOrganizationIds };
  });
}

async function enterOrganization(tx: TenantTx, orgId: string) {
  // set_config stays SQL text (ADR 037): a settings call, no table or column to type.
  await tx.$queryRaw`select set_config('app.org_id', ${orgId}, true)`;
}

type OwnMembership = { id: string; organizationId: string };

async function isOnlyMember(tx: TenantTx, membership: OwnMembership): Promise<boolean> {
  const others = await tx.membership.count({
    where: { organizationId: membership.organizationId, id: { not: membership.id } },
  });
  return others === 0;
}

/** Like keepAnOwner: the owners' rows stay locked, so two owners leaving at once cannot both go. */
async function requireAnotherOwner(tx: TenantTx, membership: OwnMembership) {
  const owners = await queryRows(
    tx,
    q
      .selectFrom("Membership")
      .select("id")
      .where("organizationId", "=", membership.organizationId)
      .where("role", "=", "owner")
      .where("status", "=", "active")
      .forUpdate(),
  );
  if (owners.some((owner) => owner.id !== membership.id)) return;
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: membership.organizationId },
    select: { name: true },
  });
  throw AppError.conflict({
    messageKey: "account:delete.errors.onlyOwner",
    messageValues: { organization: organization.name },
  });
}
