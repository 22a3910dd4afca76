import { NextResponse, type NextRequest } from "next/server";
import { negotiateLanguage } from "@/lib/i18n/negotiate-language";
import { isLanguage, languageCookie } from "@/lib/i18n/settings";

/** A first path segment shaped like a language tag ("de", "pt-BR") that we do not serve. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Puts every page under a language prefix. This is convenience routing only: no access
 * decision is made here (docs/style.md), pages and actions check the session themselves.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";
  if (isLanguage(first)) return NextResponse.next();

  const lang = negotiateLanguage({
    cookie: request.cookies.get(languageCookie)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const url = request.nextUrl.clone();

  if (first !== "" && LANGUAGE_TAG.test(first)) {
    // An unknown language: answer with the not-found page in the visitor's language, status 404.
    url.pathname = `/${lang}/unknown-language`;
    return NextResponse.rewrite(url);
  }

  url.pathname = `/${lang}${pathname === "/" ? "" : pathname}`;
  const response = NextResponse.redirect(url);
  response.headers.set("Vary", "Cookie, Accept-Language");
  return response;
}

export const config = {
  // Everything but framework assets, HTTP endpoints and files with an extension (robots.txt, sitemap.xml, icons).
  matcher: ["/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)"],
};
