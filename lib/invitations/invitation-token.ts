// Invitation tokens: 32 random bytes, sent only in the mail. The database keeps their sha256, so a
// copy of the database (a backup, a log) opens no invitation.
import { createHash, randomBytes } from "node:crypto";

/** base64url of 32 bytes: 43 characters. Anything else in the accept URL is not a token of ours. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedInvitationToken(token: unknown): token is string {
  return typeof token === "string" && INVITATION_TOKEN_PATTERN.test(token);
}
