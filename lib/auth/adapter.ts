// next-auth's Prisma adapter, with what Evne adds: lower-case addresses everywhere, the page's
// language on new accounts, only known columns from an identity provider, idempotent sign-out, and
// the provider and ID token a session was signed in with (ADR 019).
import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Adapter, AdapterAccount, AdapterSession, AdapterUser } from "next-auth/adapters";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Language } from "@/lib/i18n/settings";
import { normalizeEmail } from "./email-address";
import {
  createSessionOriginTracker,
  sealSessionOrigin,
  type SessionOriginColumns,
  type SessionOriginTracker,
} from "./session-origin";

type PrismaAdapterClient = Parameters<typeof PrismaAdapter>[0];

/** What deleteSession hands to next-auth's signOut event: the row, with where it was signed in. */
export type DeletedSession = AdapterSession & SessionOriginColumns;

export function createAdapter({
  client,
  language,
  sessions = createSessionOriginTracker(),
}: {
  client: Db;
  language: Language;
  /** This request's sign-in and sign-out (lib/auth/session-origin.ts). */
  sessions?: SessionOriginTracker;
}): Adapter {
  // The adapter is typed against @prisma/client's default client; ours is generated with the same models.
  const base = PrismaAdapter(client as unknown as PrismaAdapterClient);
  return {
    ...base,
    async createUser(user: Omit<AdapterUser, "id">) {
      const created = await client.user.create({
        data: {
          email: normalizeEmail(user.email),
          name: user.name ?? null,
          image: user.image ?? null,
          emailVerified: user.emailVerified,
          language,
        },
      });
      return created as AdapterUser;
    },
    getUserByEmail: (email) => base.getUserByEmail!(normalizeEmail(email)),
    updateUser: (user) =>
      base.updateUser!(user.email ? { ...user, email: normalizeEmail(user.email) } : user),
    async linkAccount(account: AdapterAccount) {
      // Identity providers add their own token fields (refresh_expires_in, not-before-policy, …);
      // the Account table keeps the standard ones.
      await client.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: typeof account.session_state === "string" ? account.session_state : null,
        },
      });
    },
    async createSession(session: AdapterSession) {
      // The provider and ID token of the sign-in that creates it, in the same insert (none for email).
      const created = await client.session.create({
        data: { ...session, ...sealSessionOrigin(sessions.signIn) },
        omit: { idTokenCiphertext: true },
      });
      sessions.created = true;
      return created;
    },
    async getSessionAndUser(sessionToken) {
      // The sealed ID token is read at sign-out only, not on every request.
      const found = await client.session.findUnique({
        where: { sessionToken },
        omit: { idTokenCiphertext: true },
        include: { user: true },
      });
      // A session whose account is gone is no session (next-auth would read the missing user's name).
      if (!found?.user) return null;
      const { user, ...session } = found;
      sessions.presentedSessionToken = session.sessionToken;
      return { user: user as AdapterUser, session };
    },
    async deleteSession(sessionToken): Promise<DeletedSession | null> {
      try {
        // Returned to next-auth, which hands it to the signOut event (lib/auth/auth-options.ts).
        return await client.session.delete({ where: { sessionToken } });
      } catch (error) {
        // Signing out twice (two tabs) is not an error.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return null;
        throw error;
      }
    },
  };
}
