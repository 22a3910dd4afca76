// next-auth's configuration, built per request: the page language decides the mail's language and
// where errors land; the client address feeds the rate limit.
import "server-only";
import type { AuthOptions } from "next-auth";
import { db } from "@/lib/db/client";
import { authUrl, getEnv, type Env } from "@/lib/env";
import { defaultLanguage, type Language } from "@/lib/i18n/settings";
import { JOB_PRIORITY } from "@/lib/jobs/enqueue";
import { queueMails } from "@/lib/mail/mail-queue";
import { createAdapter, type DeletedSession } from "./adapter";
import { authLogger } from "./auth-logger";
import { safeCallbackPath } from "./callback-url";
import { emailAddressSchema } from "./email-address";
import { refuseUnverifiedEmail, type OidcClaims } from "./oidc-claims";
import type { DiscoveredProvider } from "./oidc-discovery";
import { OIDC_PROVIDER_ID, authProviders, oidcProvider } from "./providers";
import { ensureJitMembership } from "@/lib/sso/jit-membership";
import { ssoRouteForEmail, refuseOrgSignIn, type OrgSsoConfig } from "@/lib/sso/org-sso";
import { INVALID_EMAIL, RATE_LIMITED, SSO_REQUIRED } from "./sign-in-errors";
import { createSignInCode } from "./sign-in-code";
import { confirmationUrl } from "./sign-in-link";
import { consumeSignInAttempt } from "./sign-in-rate-limit";
import {
  createSessionOriginTracker,
  openSessionOrigin,
  rememberOidcSignIn,
  rememberOriginOfReusedSession,
  type SessionOriginTracker,
} from "./session-origin";
import { signInMail } from "./verification-mail";

export type AuthRequestContext = {
  /** Language of the page the request came from. */
  lang: Language;
  /** The client's address, for the per-client rate limit; null when unknown. */
  clientIp: string | null;
  /**
   * Where this request's session was signed in and which one it ended (RP-initiated logout, ADR 019);
   * the auth route reads it after next-auth answered. A fresh one when not given.
   */
  sessions?: SessionOriginTracker;
};

const DAY_SECONDS = 24 * 60 * 60;

// next-auth v4 takes its base URL (links in mail, secure cookie names) from process.env only.
process.env.NEXTAUTH_URL ??= authUrl(getEnv());

/**
 * One per request: the options keep what the request learns about its session (`context.sessions`).
 * `discovered`: the single sign-on provider's discovery (lib/auth/oidc-discovery.ts), needed by
 * requests that talk to it (sign-in redirect and callback); the route resolves it for those.
 */
export function createAuthOptions(
  context: AuthRequestContext = { lang: defaultLanguage, clientIp: null },
  env: Env = getEnv(),
  discovered: DiscoveredProvider | null = null,
  /** An organization's own provider, for the requests that talk to it (lib/auth/next-auth-handler.ts). */
  orgSso: { config: OrgSsoConfig; discovered: DiscoveredProvider | null } | null = null,
): AuthOptions {
  const { lang } = context;
  const origin = authUrl(env);
  const signInPage = `/${lang}/sign-in`;
  const sessions = context.sessions ?? createSessionOriginTracker();
  const adapter = createAdapter({ client: db, language: lang, sessions });

  const providers = authProviders(
    env,
    async ({ identifier, url, token, expires }) => {
      const code = await createSignInCode({ identifier, token, expires });
      // Queued like every mail (ADR 020), ahead of all others: a silent mail server holds no request.
      const message = signInMail({ to: identifier, url: confirmationUrl(url, lang), code, lang });
      await queueMails(db, [{ mail: { template: "message", message }, priority: JOB_PRIORITY.signIn }]);
    },
    discovered,
  );
  if (orgSso) {
    providers.push(
      oidcProvider(orgSso.config.settings, orgSso.discovered, {
        id: orgSso.config.providerId,
        name: "Single sign-on",
      }),
    );
  }

  return {
    secret: env.NEXTAUTH_SECRET,
    logger: authLogger,
    adapter,
    // Sessions are rows: deleting one signs that device out at once.
    session: { strategy: "database", maxAge: 30 * DAY_SECONDS, updateAge: DAY_SECONDS },
    providers,
    events: {
      async signIn({ user, account }) {
        await rememberOriginOfReusedSession({ client: db, sessions, userId: user.id });
        // Just-in-time membership: after next-auth created or linked the account.
        if (!orgSso?.config.jitEnabled || account?.provider !== orgSso.config.providerId) return;
        await ensureJitMembership({
          orgId: orgSso.config.orgId,
          userId: user.id,
          role: orgSso.config.jitRole,
        });
      },
      signOut({ session }) {
        // next-auth hands on what the adapter's deleteSession returned: the row, or null when it was gone.
        sessions.ended = openSessionOrigin(session as unknown as DeletedSession | null);
      },
    },
    pages: { signIn: signInPage, verifyRequest: `/${lang}/verify`, error: signInPage },
    callbacks: {
      // An allowed OpenID Connect sign-in's provider and ID token go into the session it creates.
      signIn: rememberOidcSignIn(sessions, async ({ user, account, profile, email }) => {
        if (email?.verificationRequest) {
          // Before any mail: a malformed address or too many requests end here, with a code the form translates.
          const address = emailAddressSchema.safeParse(user.email ?? "");
          if (!address.success) return `${origin}${signInPage}?error=${INVALID_EMAIL}`;
          // An organization that requires single sign-on for its verified domain gets no mail sign-in there.
          const route = await ssoRouteForEmail(address.data);
          if (route?.required) {
            console.warn(
              `[auth] mail sign-in refused (${SSO_REQUIRED}): organization ${route.orgId} requires single sign-on`,
            );
            return `${origin}${signInPage}?error=${SSO_REQUIRED}`;
          }
          const limit = await consumeSignInAttempt({ email: address.data, clientIp: context.clientIp });
          if (!limit.ok) {
            // The page says when one more link may be sent: the truth, not "a quarter of an hour".
            const minutes = Math.max(1, Math.ceil((limit.retryAt.getTime() - Date.now()) / 60_000));
            return `${origin}${signInPage}?error=${RATE_LIMITED}&retryIn=${minutes}`;
          }
          return true;
        }
        if (orgSso && account?.provider === orgSso.config.providerId) {
          // Whether linked before or not: only addresses of the organization's verified domains.
          const refusal = refuseOrgSignIn(
            (profile ?? { sub: account.providerAccountId }) as OidcClaims,
            orgSso.config,
          );
          if (!refusal) return true;
          console.warn(
            `[auth] single sign-on refused (${refusal.code}): ${refusal.reason}; organization ${orgSso.config.orgId}, issuer ${orgSso.config.settings.issuer}, subject ${account.providerAccountId}`,
          );
          return `${origin}${signInPage}?error=${refusal.code}`;
        }
        if (account?.provider === OIDC_PROVIDER_ID) {
          // An identity linked before is recognised by its subject, whatever the address says now.
          const linked = await adapter.getUserByAccount!({
            provider: account.provider,
            providerAccountId: account.providerAccountId,
          });
          if (linked) return true;
          // Otherwise the address decides which account to link or create: only one the provider verified.
          const refusal = refuseUnverifiedEmail(
            (profile ?? { sub: account.providerAccountId }) as OidcClaims,
          );
          if (!refusal) return true;
          console.warn(
            `[auth] single sign-on refused (${refusal.code}): ${refusal.reason}; issuer ${env.OIDC_ISSUER}, subject ${account.providerAccountId}`,
          );
          return `${origin}${signInPage}?error=${refusal.code}`;
        }
        return true;
      }),
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
