import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "./workspace-context";

/**
 * A membership of the current organization, or NOT_FOUND. The id comes from a form, so it is
 * matched together with the organization (and row-level security hides every other one anyway):
 * an id from another organization is indistinguishable from one that does not exist.
 */
export async function getMemberOrThrow(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  membershipId: string;
}) {
  const member = await options.tx.membership.findFirst({
    where: { id: options.membershipId, organizationId: options.ctx.orgId },
    select: {
      id: true,
      role: true,
      status: true,
      userId: true,
      user: { select: { name: true, email: true } },
    },
  });
  if (!member) throw AppError.notFound({ messageKey: "members.errors.notFound" });
  return member;
}

export type Member = Awaited<ReturnType<typeof getMemberOrThrow>>;
