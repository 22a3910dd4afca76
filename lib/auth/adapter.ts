// next-auth's Prisma adapter, with what Evne adds: lower-case addresses everywhere, the page's
// language on new accounts, only known columns from an identity provider, idempotent sign-out.
import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import type { Db } from "@/lib/db/client";
import type { Language } from "@/lib/i18n/settings";
import { normalizeEmail } from "./email-address";

type PrismaAdapterClient = Parameters<typeof PrismaAdapter>[0];

export function createAdapter({ client, language }: { client: Db; language: Language }): Adapter {
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
    async deleteSession(sessionToken) {
      // Signing out twice (two tabs) is not an error.
      await client.session.deleteMany({ where: { sessionToken } });
    },
  };
}
