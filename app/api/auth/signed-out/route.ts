import { NextResponse, type NextRequest } from "next/server";
import { pageAfterProviderSignOut } from "@/lib/auth/end-session-url";
import { authUrl, getEnv } from "@/lib/env";
import { negotiateLanguage } from "@/lib/i18n/negotiate-language";
import { languageCookie } from "@/lib/i18n/settings";

/**
 * The post_logout_redirect_uri (ADR 019): one address to register with a provider. The provider
 * sends the person back here after its own sign-out, with the `state` Evne sent: the page sign-out
 * was going to. This only forwards there, or to the signed-out page instead of the home page.
 */
export function GET(request: NextRequest): Response {
  const fallbackLang = negotiateLanguage({
    cookie: request.cookies.get(languageCookie)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const page = pageAfterProviderSignOut(request.nextUrl.searchParams.get("state"), fallbackLang);
  // The public address, not the request's: Next's nextUrl carries the host it listens on.
  return NextResponse.redirect(new URL(page, authUrl(getEnv())), 303);
}
