// What the auth route needs to know about a request before next-auth sees it.
import "server-only";
import type { NextRequest } from "next/server";
import { defaultLanguage, isLanguage, languageCookie, type Language } from "@/lib/i18n/settings";
import type { AuthRequestContext } from "./auth-options";
import { languageOfPath } from "./callback-url";
import { clientIpFrom } from "./client-ip";

const CALLBACK_URL_COOKIES = ["__Secure-next-auth.callback-url", "next-auth.callback-url"];

function asLanguage(value: string | null | undefined): Language | undefined {
  return isLanguage(value) ? value : undefined;
}

/**
 * The page language: the sign-in form sends `?lang=`; a link from a mail carries the return path,
 * which starts with one; next-auth's error redirects only have its callback-url cookie; then the
 * language the person last chose.
 */
export function authRequestContext(request: NextRequest): AuthRequestContext {
  const query = request.nextUrl.searchParams;
  const lang =
    asLanguage(query.get("lang")) ??
    languageOfPath(query.get("callbackUrl")) ??
    CALLBACK_URL_COOKIES.map((name) => languageOfPath(request.cookies.get(name)?.value)).find(Boolean) ??
    asLanguage(request.cookies.get(languageCookie)?.value) ??
    defaultLanguage;
  return { lang, clientIp: clientIpFrom(request.headers) };
}
