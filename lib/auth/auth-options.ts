// next-auth's configuration, built per request: the page language decides the mail's language and
// where errors land; the client address feeds the rate limit.
import "server-only";
import type { AuthOptions } from "next-auth";
import { db } from "@/lib/db/client";
import { authUrl, getEnv, type Env } from "@/lib/env";
import { defaultLanguage, type Language } from "@/lib/i18n/settings";
import { sendMail } from "@/lib/mail/send-mail";
import { createAdapter } from "./adapter";
import { safeCallbackPath } from "./callback-url";
import { emailAddressSchema } from "./email-address";
import { OIDC_PROVIDER_ID, authProviders, type OidcProfile } from "./providers";
import { INVALID_EMAIL, RATE_LIMITED } from "./sign-in-errors";
import { createSignInCode } from "./sign-in-code";
import { confirmationUrl } from "./sign-in-link";
import { consumeSignInAttempt } from "./sign-in-rate-limit";
import { signInMail } from "./verification-mail";

export type AuthRequestContext = {
  /** Language of the page the request came from. */
  lang: Language;
  /** The client's address, for the per-client rate limit; null when unknown. */
  clientIp: string | null;
};

const DAY_SECONDS = 24 * 60 * 60;

// next-auth v4 takes its base URL (links in mail, secure cookie names) from process.env only.
process.env.NEXTAUTH_URL ??= authUrl(getEnv());

export function createAuthOptions(
  context: AuthRequestContext = { lang: defaultLanguage, clientIp: null },
  env: Env = getEnv(),
): AuthOptions {
  const { lang } = context;
  const origin = authUrl(env);
  const signInPage = `/${lang}/sign-in`;

  return {
    secret: env.NEXTAUTH_SECRET,
    adapter: createAdapter({ client: db, language: lang }),
    // Sessions are rows: deleting one signs that device out at once.
    session: { strategy: "database", maxAge: 30 * DAY_SECONDS, updateAge: DAY_SECONDS },
    providers: authProviders(env, async ({ identifier, url, token, expires }) => {
      const code = await createSignInCode({ identifier, token, expires });
      await sendMail(signInMail({ to: identifier, url: confirmationUrl(url, lang), code, lang }), { env });
    }),
    pages: { signIn: signInPage, verifyRequest: `/${lang}/verify`, error: signInPage },
    callbacks: {
      async signIn({ user, account, profile, email }) {
        if (email?.verificationRequest) {
          // Before any mail: a malformed address or too many requests end here, with a code the form translates.
          const address = emailAddressSchema.safeParse(user.email ?? "");
          if (!address.success) return `${origin}${signInPage}?error=${INVALID_EMAIL}`;
          const limit = await consumeSignInAttempt({ email: address.data, clientIp: context.clientIp });
          if (!limit.ok) return `${origin}${signInPage}?error=${RATE_LIMITED}`;
          return true;
        }
        if (account?.provider === OIDC_PROVIDER_ID) {
          const claims = profile as OidcProfile | undefined;
          // Accounts are keyed by address: one the identity provider has not verified is not good enough.
          return Boolean(claims?.email) && claims?.email_verified !== false;
        }
        return true;
      },
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackPath(url, lang, baseUrl)}`;
      },
      session({ session, user }) {
        const { language } = user as typeof user & { language?: string };
        return {
          ...session,
          user: {
            id: user.id,
            email: user.email,
            name: user.name ?? null,
            language: language ?? defaultLanguage,
          },
        };
      },
    },
  };
}
