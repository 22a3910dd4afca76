// The signed-in person, read once per request (React cache) from the database session.
import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Language } from "@/lib/i18n/settings";
import { createAuthOptions } from "./auth-options";
import { safeCallbackPath } from "./callback-url";
import { watchSessionFailures } from "./session-failure";

export type SessionUser = { id: string; email: string; name: string | null; language: string };

/**
 * The signed-in person, or null. A plain object: safe to pass to client components. Throws when
 * the session cannot be read (the database is down): that is an error page, not "signed out" (ADR 011).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const watch = watchSessionFailures(createAuthOptions());
  const session = await getServerSession(watch.options);
  watch.throwIfFailed();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, language: user.language };
});

/** next-auth's session cookie, over http and (with the `__Secure-` prefix) over https. */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * The person for the header (issue 17): read on the server, so the page arrives with the right
 * account corner and the browser asks nothing more. Without a session cookie, nobody is signed in
 * and the database is not asked (anonymous visitors of the public library).
 */
export const getHeaderUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  if (!SESSION_COOKIES.some((name) => jar.has(name))) return null;
  return getSessionUser();
});

/** The sign-in page that returns to `returnTo` afterwards. */
export function signInPath(lang: Language, returnTo: string, email?: string): string {
  const path = `/${lang}/sign-in?callbackUrl=${encodeURIComponent(safeCallbackPath(returnTo, lang))}`;
  // An invitation knows whose it is: the form starts with that address (issue 15).
  return email ? `${path}&email=${encodeURIComponent(email)}` : path;
}

/** The signed-in person; anyone else is sent to sign in and brought back to `returnTo`. */
export async function requireSessionUser(lang: Language, returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInPath(lang, returnTo));
  return user;
}
