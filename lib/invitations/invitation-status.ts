// Shared with the UI (no "server-only"): the list shows each invitation's status.

/** How long an invitation works after it is sent (or sent again). */
export const INVITATION_VALID_DAYS = 7;

export const invitationStatuses = ["pending", "accepted", "expired", "revoked"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export function isInvitationStatus(value: unknown): value is InvitationStatus {
  return typeof value === "string" && (invitationStatuses as readonly string[]).includes(value);
}

/** Accepted and revoked are final; otherwise the expiry decides. */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

export function invitationExpiry(from: Date = new Date()): Date {
  return new Date(from.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}
