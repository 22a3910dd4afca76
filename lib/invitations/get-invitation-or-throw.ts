import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";

/** An invitation of the current organization, or NOT_FOUND (another organization's id included). */
export async function getInvitationOrThrow(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  invitationId: string;
}) {
  const invitation = await options.tx.invitation.findFirst({
    where: { id: options.invitationId, organizationId: options.ctx.orgId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      teamIds: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
    },
  });
  if (!invitation) throw AppError.notFound({ messageKey: "people:invitations.errors.notFound" });
  return invitation;
}
