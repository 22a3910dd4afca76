// next-auth's endpoints (/api/auth/*), configured per request with the page language and client
// address, with two changes of Evne's: a GET of the email callback (a link opened by a person or
// by a mail scanner) signs nobody in but shows the confirmation page, whose button POSTs to the
// same callback (lib/auth/sign-in-link.ts); and a sign-out of a session that came from an OpenID
// Connect provider goes on to that provider's end_session_endpoint (ADR 019). Also called by the
// one-time code endpoint.
import "server-only";
import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authUrl, getEnv } from "@/lib/env";
import { createAuthOptions } from "./auth-options";
import { authRequestContext } from "./auth-request";
import { discoverProvider, discoveredProviderFor } from "./oidc-discovery";
import { orgIdOfProvider } from "./provider-ids";
import { withProviderSignOut } from "./provider-sign-out";
import { createSessionOriginTracker } from "./session-origin";
import { loadOrgSso } from "@/lib/sso/org-sso";
import { EMAIL_CALLBACK_PATH, signInLinkParams } from "./sign-in-link";

export type NextAuthRouteContext = { params: Promise<{ nextauth: string[] }> };

export async function nextAuthHandler(
  request: NextRequest,
  context: NextAuthRouteContext,
): Promise<Response> {
  const authContext = authRequestContext(request);
  if (request.method === "GET" && request.nextUrl.pathname === EMAIL_CALLBACK_PATH) {
    const params = signInLinkParams(request.nextUrl);
    // The public address, not the request's: Next's nextUrl carries the host it listens on.
    const confirm = new URL(`/${authContext.lang}/sign-in/confirm`, authUrl(getEnv()));
    if (params) confirm.search = new URLSearchParams({ ...params }).toString();
    return NextResponse.redirect(confirm, 303);
  }
  const { nextauth } = await context.params;
  // The single sign-on provider's discovery document, fetched once per issuer (lib/auth/oidc-discovery.ts).
  const discovered = await discoveredProviderFor(nextauth);
  // An organization's own provider (ADR 016), built for the requests that talk to it.
  const orgSso = await orgSsoFor(nextauth);
  const sessions = createSessionOriginTracker();
  const options = createAuthOptions({ ...authContext, sessions }, undefined, discovered, orgSso);
  const response: Response = await NextAuth(request, context, options);
  if (nextauth[0] !== "signout" || request.method !== "POST") return response;
  // next-auth deleted the session (after checking its CSRF token) and cleared the cookie; a session
  // from a provider that offers it then ends at the provider too, and comes back signed out.
  return withProviderSignOut(response, { ended: sessions.ended, fallbackLang: authContext.lang });
}

async function orgSsoFor(segments: readonly string[]) {
  const orgId = orgIdOfProvider(segments[1]);
  if (!orgId || (segments[0] !== "signin" && segments[0] !== "callback")) return null;
  const config = await loadOrgSso(orgId);
  return config ? { config, discovered: await discoverProvider(config.settings) } : null;
}
