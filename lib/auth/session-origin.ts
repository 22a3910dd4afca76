// Which OpenID Connect provider an Evne session was signed in with, and that sign-in's ID token:
// what RP-initiated logout needs at sign-out (ADR 019). next-auth v4 keeps no ID token per session
// (Account.id_token is written once, when an identity is first linked), so Evne keeps it on the
// Session row, sealed like an organization's client secret.
import "server-only";
import type { CallbacksOptions } from "next-auth";
import type { Db } from "@/lib/db/client";
import { SESSION_ID_TOKEN_PURPOSE, openSecret, sealSecret } from "@/lib/sso/secret-box";

export type SessionOrigin = {
  /** The provider id: `oidc` or `oidc-org-<organization id>`. */
  signedInWith: string;
  /** The ID token of that sign-in, in plain text: kept in memory for one request only. */
  idToken: string;
};

/** The Session columns that hold an origin; both null for a sign-in by email. */
export type SessionOriginColumns = { signedInWith: string | null; idTokenCiphertext: string | null };

export function sealSessionOrigin(origin: SessionOrigin | null): SessionOriginColumns {
  if (!origin) return { signedInWith: null, idTokenCiphertext: null };
  return {
    signedInWith: origin.signedInWith,
    idTokenCiphertext: sealSecret(SESSION_ID_TOKEN_PURPOSE, origin.idToken),
  };
}

/** The origin of a session row; null for email, or when the token cannot be opened (NEXTAUTH_SECRET changed). */
export function openSessionOrigin(
  row: Partial<SessionOriginColumns> | null | undefined,
): SessionOrigin | null {
  if (!row?.signedInWith || !row.idTokenCiphertext) return null;
  try {
    return {
      signedInWith: row.signedInWith,
      idToken: openSecret(SESSION_ID_TOKEN_PURPOSE, row.idTokenCiphertext),
    };
  } catch {
    console.warn(`[auth] the ID token of a ${row.signedInWith} session could not be opened`);
    return null;
  }
}

/**
 * What one /api/auth request learns about the session it creates, reuses or ends. next-auth's
 * options are built per request (lib/auth/auth-options.ts), so this is never shared between
 * requests, and concurrent sign-ins of one person cannot mix up their tokens.
 */
export type SessionOriginTracker = {
  /** The provider and ID token of the OpenID Connect sign-in that the signIn callback allowed. */
  signIn: SessionOrigin | null;
  /** Whether the adapter created a session in this request (with `signIn` written into it). */
  created: boolean;
  /** The session the request presented (its cookie), as the adapter found it. */
  presentedSessionToken: string | null;
  /** The origin of the session that sign-out deleted; null when it came from email. */
  ended: SessionOrigin | null;
};

export function createSessionOriginTracker(): SessionOriginTracker {
  return { signIn: null, created: false, presentedSessionToken: null, ended: null };
}

/**
 * A person already signed in who signs in through a provider again keeps their session (next-auth
 * reuses the one their cookie presented instead of creating one): it now comes from this sign-in.
 */
export async function rememberOriginOfReusedSession({
  client,
  sessions,
  userId,
}: {
  client: Db;
  sessions: SessionOriginTracker;
  userId: string;
}): Promise<void> {
  if (!sessions.signIn || sessions.created || !sessions.presentedSessionToken) return;
  await client.session.updateMany({
    where: { sessionToken: sessions.presentedSessionToken, userId },
    data: sealSessionOrigin(sessions.signIn),
  });
}

type SignInCallback = NonNullable<CallbacksOptions["signIn"]>;

/** next-auth's signIn callback `decide`, noting the provider and ID token of an OpenID Connect sign-in it allows. */
export function rememberOidcSignIn(sessions: SessionOriginTracker, decide: SignInCallback): SignInCallback {
  return async (params) => {
    const allowed = await decide(params);
    const { account } = params;
    if (allowed === true && account?.type === "oauth" && typeof account.id_token === "string") {
      sessions.signIn = { signedInWith: account.provider, idToken: account.id_token };
    }
    return allowed;
  };
}
