import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { Role } from "@/lib/permissions/roles";
import { invitationStatus, invitationStatuses, type InvitationStatus } from "./invitation-status";

export const INVITATIONS_PAGE_SIZE = 50;

export type InvitationRow = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: InvitationStatus;
  teamNames: string[];
  createdAt: Date;
  /** When it stops (or stopped) working; meaningful for pending and expired ones. */
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  /**
   * What became of the mail of an open invitation when it did not simply go out (ADR 020): still
   * being retried, or given up on, with what the mail server or network said.
   */
  mailProblem: { state: "retrying" | "failed"; reason: string } | null;
};

export type InvitationList = {
  invitations: InvitationRow[];
  /** How many invitations have each status, over all pages. */
  counts: Record<InvitationStatus, number>;
  /** The status shown, or null for all. */
  status: InvitationStatus | null;
  page: number;
  pageCount: number;
  /** Open invitations whose mail the queue gave up on: HR can send them all again. */
  mailsFailed: number;
};

function statusWhere(status: InvitationStatus, now: Date): Prisma.InvitationWhereInput {
  switch (status) {
    case "accepted":
      return { acceptedAt: { not: null } };
    case "revoked":
      return { acceptedAt: null, revokedAt: { not: null } };
    case "expired":
      return { acceptedAt: null, revokedAt: null, expiresAt: { lte: now } };
    case "pending":
      return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
  }
}

/** The organization's invitations, newest first, a page at a time, optionally of one status. HR only. */
export const listInvitations = defineUseCase({
  permission: "invitations.manage",
  run: listInvitationsUnchecked,
});
async function listInvitationsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  status?: InvitationStatus | null;
  page?: number;
}): Promise<InvitationList> {
  const { tx, ctx } = options;
  const now = new Date();
  const status = options.status ?? null;
  const counted = await Promise.all(
    invitationStatuses.map(
      async (each) =>
        [
          each,
          await tx.invitation.count({ where: { organizationId: ctx.orgId, ...statusWhere(each, now) } }),
        ] as const,
    ),
  );
  const counts = Object.fromEntries(counted) as Record<InvitationStatus, number>;
  const total = status ? counts[status] : counted.reduce((sum, [, count]) => sum + count, 0);
  const pageCount = Math.max(1, Math.ceil(total / INVITATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await tx.invitation.findMany({
    where: { organizationId: ctx.orgId, ...(status ? statusWhere(status, now) : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * INVITATIONS_PAGE_SIZE,
    take: INVITATIONS_PAGE_SIZE,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      teamIds: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      mailError: true,
      mailFailedAt: true,
    },
  });
  const mailsFailed = await tx.invitation.count({
    where: { organizationId: ctx.orgId, ...statusWhere("pending", now), mailFailedAt: { not: null } },
  });
  const teamIds = [...new Set(rows.flatMap((row) => row.teamIds))];
  const teams = teamIds.length
    ? await tx.team.findMany({
        where: { organizationId: ctx.orgId, id: { in: teamIds } },
        select: { id: true, name: true },
      })
    : [];
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  return {
    invitations: rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      status: invitationStatus(row, now),
      // A team deleted since the invitation was sent is left out.
      teamNames: row.teamIds.flatMap((id) => teamName.get(id) ?? []).sort((a, b) => a.localeCompare(b, "nb")),
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      acceptedAt: row.acceptedAt,
      revokedAt: row.revokedAt,
      mailProblem: mailProblem(row, invitationStatus(row, now)),
    })),
    mailsFailed,
    counts,
    status,
    page,
    pageCount,
  };
}

function mailProblem(
  row: { mailError: string | null; mailFailedAt: Date | null },
  status: InvitationStatus,
): InvitationRow["mailProblem"] {
  // Accepted or withdrawn, the mail no longer matters.
  if (status !== "pending" && status !== "expired") return null;
  if (row.mailError === null) return null;
  return { state: row.mailFailedAt ? "failed" : "retrying", reason: row.mailError };
}
