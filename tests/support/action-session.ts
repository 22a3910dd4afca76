// For integration tests that drive server actions through the real pipeline with only the session
// stubbed. Each test file still declares the mocks itself (vi.mock is hoisted per file):
//   vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
//   vi.mock("next/cache", () => ({ refresh: vi.fn() }));
import { vi } from "vitest";
import { getSessionUser, requireSessionUser, type SessionUser } from "@/lib/auth/session";
import type { Language } from "@/lib/i18n/settings";
import type { TestUser } from "@/lib/orgs/testing/build-organization";

/** The next actions run as `user` (null: signed out), reading and answering in `language`. */
export function signIn(user: TestUser | null, language: Language = "en") {
  const sessionUser: SessionUser | null = user ? { ...user, language } : null;
  vi.mocked(getSessionUser).mockResolvedValue(sessionUser);
  if (sessionUser) vi.mocked(requireSessionUser).mockResolvedValue(sessionUser);
}

/** The digest Next.js gives a thrown redirect or notFound(), e.g. "NEXT_HTTP_ERROR_FALLBACK;404". */
export const digestOf = (error: unknown) => String((error as { digest?: unknown })?.digest ?? "");

/** A FormData with these fields, as a browser would post them. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
