// The signed-in person, read once per request (React cache) from the database session, with their
// active memberships: one SQL statement (the request_session function, ADR 025) instead of
// next-auth's session read plus a transaction per workspace lookup (issue 17).
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Row } from "@/lib/db/sql";
import { authUrl, getEnv } from "@/lib/env";
import type { Language } from "@/lib/i18n/settings";
import { defaultLanguage } from "@/lib/i18n/settings";
import { isRole, type Role } from "@/lib/permissions/roles";
import { safeCallbackPath } from "./callback-url";

export type SessionUser = { id: string; email: string; name: string | null; language: string };

/** One of the person's active memberships, with its organization. */
export type SessionMembership = {
  membershipId: string;
  role: Role;
  orgId: string;
  orgSlug: string;
  orgName: string;
  orgLanguage: string;
};

export type RequestSession = { user: SessionUser; memberships: SessionMembership[] };

/**
 * next-auth's session cookie: `__Secure-` prefixed under an https base URL, as next-auth sets it
 * (and reads it: a plain-named cookie there could have been set by a sibling subdomain).
 */
function sessionCookieName(): string {
  const secure = authUrl(getEnv()).startsWith("https://");
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

// The JSON of the request_session() SQL function (one round trip per request, ADR 011): SQL text
// (ADR 037), its columns typed from the schema.
type SessionRow = Row<"User", "id" | "email" | "name" | "language"> & {
  memberships: Array<Omit<SessionMembership, "role"> & { role: string }>;
};

/**
 * The signed-in person and their active memberships, or null. Without a session cookie the
 * database is not asked (anonymous visitors of the public library). Throws when the session cannot
 * be read (the database is down): that is an error page, not "signed out" (ADR 011).
 */
export const getRequestSession = cache(async (): Promise<RequestSession | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  return readSession(token);
});

/** The session whose token is `token` (the cookie's value), in one statement. */
export async function readSession(token: string): Promise<RequestSession | null> {
  const rows = await db.$queryRaw<
    { session: SessionRow | null }[]
  >`select request_session(${token}) as session`;
  const row = rows[0]?.session;
  if (!row?.id || !row.email) return null;
  return {
    user: { id: row.id, email: row.email, name: row.name ?? null, language: row.language ?? defaultLanguage },
    memberships: row.memberships.flatMap((membership) =>
      isRole(membership.role) ? [{ ...membership, role: membership.role }] : [],
    ),
  };
}

/** The signed-in person, or null. A plain object: safe to pass to client components. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  return (await getRequestSession())?.user ?? null;
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
