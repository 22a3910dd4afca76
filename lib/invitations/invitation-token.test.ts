import { describe, expect, it } from "vitest";
import { invitationExpiry, invitationStatus, INVITATION_VALID_DAYS } from "./invitation-status";
import { hashInvitationToken, isWellFormedInvitationToken, newInvitationToken } from "./invitation-token";

describe("invitation tokens", () => {
  it("are 43 URL-safe characters, different every time, stored as a sha256 hex digest", () => {
    const token = newInvitationToken();
    expect(isWellFormedInvitationToken(token)).toBe(true);
    expect(newInvitationToken()).not.toBe(token);
    const hash = hashInvitationToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashInvitationToken(token)).toBe(hash);
  });

  it("refuse anything that is not one", () => {
    for (const value of ["", "abc", `${"a".repeat(42)}!`, "a".repeat(44), undefined, 42]) {
      expect(isWellFormedInvitationToken(value)).toBe(false);
    }
  });
});

describe("invitationStatus", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  const open = { acceptedAt: null, revokedAt: null, expiresAt: invitationExpiry(now) };

  it(`is pending for ${INVITATION_VALID_DAYS} days, then expired`, () => {
    expect(open.expiresAt.getTime() - now.getTime()).toBe(INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
    expect(invitationStatus(open, now)).toBe("pending");
    expect(invitationStatus(open, open.expiresAt)).toBe("expired");
  });

  it("is accepted or revoked for good, whatever the expiry", () => {
    expect(invitationStatus({ ...open, acceptedAt: now }, open.expiresAt)).toBe("accepted");
    expect(invitationStatus({ ...open, revokedAt: now }, now)).toBe("revoked");
  });
});
