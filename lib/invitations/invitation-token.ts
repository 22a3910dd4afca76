// Invitation tokens: 32 random bytes, sent only in the mail. The database keeps their sha256, so a
// copy of the database (a backup, a log) opens no invitation.
import { createHash, randomBytes } from "node:crypto";
import { INVITATION_TOKEN_PATTERN } from "./invitation-token-pattern";

export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedInvitationToken(token: unknown): token is string {
  return typeof token === "string" && INVITATION_TOKEN_PATTERN.test(token);
}
