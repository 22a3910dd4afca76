// The owner disconnects the organization's identity provider (ADR 016): the settings row goes, and
// the sealed client secret with it. Without that row no address is routed to the provider and
// "require single sign-on" no longer refuses mail sign-in (lib/sso/org-sso.ts). Members keep their
// accounts and memberships; sessions that exist stay valid until they end. The domains stay, still
// verified, so that connecting a provider again needs no new DNS check.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";

/** `disconnected` is false when there was nothing to disconnect (a double submit): the same answer. */
export type DisconnectedSso = { disconnected: boolean };

export const disconnectSso = defineUseCase({ permission: "organization.sso", run: disconnectSsoUnchecked });
async function disconnectSsoUnchecked({
  tx,
  ctx,
}: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<DisconnectedSso> {
  const before = await tx.organizationSso.findUnique({
    where: { organizationId: ctx.orgId },
    select: { issuer: true, clientId: true },
  });
  // deleteMany: a second submit, or one racing this one, deletes nothing and succeeds.
  const { count } = await tx.organizationSso.deleteMany({ where: { organizationId: ctx.orgId } });
  if (count === 0 || !before) return { disconnected: false };
  // Which provider it was, never its secret.
  await recordAudit({
    tx,
    ctx,
    action: "organization.ssoDisconnect",
    targetType: "organization",
    targetId: ctx.orgId,
    data: { name: before.issuer, clientId: before.clientId },
  });
  return { disconnected: true };
}
