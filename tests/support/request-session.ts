// For integration tests that stub the session (vi.mock of "@/lib/auth/session"): getSessionUser is a
// mock the test sets, and getRequestSession (the read pipeline's session with memberships) answers
// for that same person from a real database session, so pages and routes run the real statement.
//   vi.mock("@/lib/auth/session", async () =>
//     (await import("@/tests/support/request-session")).mockedSessionModule());
import { randomBytes } from "node:crypto";
import { vi } from "vitest";
import { db } from "@/lib/db/client";

export async function mockedSessionModule() {
  const actual = await vi.importActual<typeof import("@/lib/auth/session")>("@/lib/auth/session");
  const getSessionUser = vi.fn<typeof actual.getSessionUser>();
  const tokens = new Map<string, string>();
  const getRequestSession = vi.fn(async () => {
    const user = await getSessionUser();
    if (!user) return null;
    let token = tokens.get(user.id);
    if (!token) {
      token = randomBytes(16).toString("hex");
      await db.session.create({
        data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 24 * 60 * 60 * 1000) },
      });
      tokens.set(user.id, token);
    }
    return actual.readSession(token);
  });
  return { ...actual, getSessionUser, requireSessionUser: vi.fn(), getRequestSession };
}
