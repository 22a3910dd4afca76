import { NextResponse, type NextRequest } from "next/server";
import { negotiateLanguage } from "@/lib/i18n/negotiate-language";
import { isLanguage, languageCookie } from "@/lib/i18n/settings";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";
import { checkRequestOrigin } from "@/lib/security/headers-request-origin";
import { IMAGE_PATH_PREFIX } from "@/lib/images/image-path";
import { declaresOversizedBody, maxRequestBodyBytes } from "@/lib/security/headers-request-size";

/** A first path segment shaped like a language tag ("de", "pt-BR") that we do not serve. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
/** Paths that are not pages: HTTP endpoints, framework files, files with an extension (robots.txt, icons). */
const NOT_A_PAGE = /^\/(api\/|_next\/)|\.[a-zA-Z0-9]+$/;

/**
 * Every request but the build's static files passes here. It refuses forged and oversized
 * state-changing requests, gives each response a Content-Security-Policy with a fresh script
 * nonce (Next.js reads it from the request's CSP header and puts it on its own scripts), and puts
 * every page under a language prefix. No access decision is made here (docs/style.md): pages and
 * actions check the session themselves. The fixed security headers come from next.config.js.
 */
export function proxy(request: NextRequest) {
  const origin = checkRequestOrigin({
    method: request.method,
    pathname: request.nextUrl.pathname,
    headers: request.headers,
  });
  if (!origin.ok) {
    console.warn(
      JSON.stringify({
        event: "forged-request-refused",
        method: request.method,
        path: request.nextUrl.pathname,
        reason: origin.reason,
      }),
    );
    return Response.json({ error: "FORBIDDEN" }, { status: 403 });
  }
  if (declaresOversizedBody(request.headers, request.nextUrl.pathname)) {
    return Response.json(
      { error: "TOO_LARGE", maxBytes: maxRequestBodyBytes(request.nextUrl.pathname) },
      { status: 413 },
    );
  }

  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);

  const response = routeLanguage(request, requestHeaders);
  response.headers.set("content-security-policy", policy);
  return response;
}

/** Pages live under /nb, /en or /nl: other paths are redirected by cookie, then Accept-Language. */
function routeLanguage(request: NextRequest, requestHeaders: Headers): NextResponse {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";
  // Images in resources are served at one address for every language (ADR 030).
  if (NOT_A_PAGE.test(pathname) || IMAGE_PATH_PREFIX.test(pathname) || isLanguage(first)) {
    return NextResponse.next({ request: { headers: requestHeaders } });
  }

  const lang = negotiateLanguage({
    cookie: request.cookies.get(languageCookie)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const url = request.nextUrl.clone();

  if (first !== "" && LANGUAGE_TAG.test(first)) {
    // An unknown language: answer with the not-found page in the visitor's language, status 404.
    url.pathname = `/${lang}/unknown-language`;
    return NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  }

  url.pathname = `/${lang}${pathname === "/" ? "" : pathname}`;
  const response = NextResponse.redirect(url);
  response.headers.set("Vary", "Cookie, Accept-Language");
  return response;
}

export const config = {
  // Everything but the build's hashed static files and image optimizer: pages for the nonce and
  // language routing, route handlers and files for the Origin check and the CSP on every answer.
  matcher: ["/((?!_next/static/|_next/image).*)"],
};
