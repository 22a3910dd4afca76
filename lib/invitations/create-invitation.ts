import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import {
  assertNotMember,
  inviterName,
  lockInvitations,
  openInvitation,
  teamsOrThrow,
} from "./invitation-guards";
import type { CreateInvitationInput } from "./invitation-input";
import type { OutgoingInvitation } from "./invitation-mail";
import { queueInvitationMails } from "./send-invitation-mails";
import { invitationExpiry } from "./invitation-status";
import { hashInvitationToken, newInvitationToken } from "./invitation-token";

export type CreatedInvitation = {
  invitationId: string;
  email: string;
  /** The mail, queued in this transaction (holds the token: the action withholds it from the browser). */
  outgoing: OutgoingInvitation[];
};

/**
 * Invites one person by email with a role and teams. Only the token's hash is stored; the token
 * itself goes out in the mail and works for 7 days. An address that is already a member, or that
 * has an open invitation, is a CONFLICT on the email field (HR resends the open one instead).
 */
export const createInvitation = defineUseCase({
  permission: "invitations.manage",
  run: createInvitationUnchecked,
});
async function createInvitationUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: CreateInvitationInput;
}): Promise<CreatedInvitation> {
  const { tx, ctx, input } = options;
  await lockInvitations(tx, ctx.orgId);
  const teams = await teamsOrThrow({ tx, ctx, teamIds: input.teamIds });
  await assertNotMember({ tx, ctx, email: input.email });
  const open = await tx.invitation.findFirst({
    where: { organizationId: ctx.orgId, email: input.email, ...openInvitation() },
    select: { id: true },
  });
  if (open) {
    throw AppError.conflict({
      messageKey: "people:invitations.errors.alreadyInvited",
      fieldErrors: { email: "people:invitations.errors.alreadyInvited" },
    });
  }
  const token = newInvitationToken();
  const invitation = await tx.invitation.create({
    data: {
      organizationId: ctx.orgId,
      email: input.email,
      name: input.name,
      role: input.role,
      teamIds: teams.map((team) => team.id),
      tokenHash: hashInvitationToken(token),
      expiresAt: invitationExpiry(),
      invitedById: ctx.userId,
    },
    select: { id: true },
  });
  await recordAudit({
    tx,
    ctx,
    action: "invitation.create",
    targetType: "invitation",
    targetId: invitation.id,
    data: { email: input.email, name: input.name, role: input.role, teams: teams.map((team) => team.name) },
  });
  const outgoing: OutgoingInvitation[] = [
    {
      invitationId: invitation.id,
      to: input.email,
      token,
      role: input.role,
      orgName: ctx.orgName,
      lang: ctx.orgLanguage,
      inviter: await inviterName(tx, ctx.userId),
      teamNames: teams.map((team) => team.name),
    },
  ];
  await queueInvitationMails(tx, ctx.orgId, outgoing);
  return { invitationId: invitation.id, email: input.email, outgoing };
}
