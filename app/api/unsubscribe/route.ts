import type { NextRequest } from "next/server";
import { getT } from "@/lib/i18n/server";
import { negotiateLanguage } from "@/lib/i18n/negotiate-language";
import { languageCookie } from "@/lib/i18n/settings";
import { unsubscribeWithToken } from "@/lib/notifications/mail-preferences";
import { readBoundedText } from "@/lib/security/headers-csp-report";

/** The body is one short field; a multipart one adds a boundary and a few headers. */
const MAX_BODY_BYTES = 4 * 1024;

/**
 * RFC 8058 one-click unsubscribe: the URL in a notification mail's List-Unsubscribe header, which
 * mail programs POST with the body `List-Unsubscribe=One-Click`, without cookies and with their own
 * Origin or none (proxy.ts lets this path through for that reason). The signed token in the URL is
 * the authorization, and all it can do is turn one kind of mail off for one person; twice is the
 * same as once. A bad token or a POST without that body changes nothing and answers 400.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const t = getT(languageOf(request), "account");
  const token = request.nextUrl.searchParams.get("token");
  if (!(await isOneClick(request))) return text(400, t("unsubscribe.oneClick.missingBody"));
  const done = token ? await unsubscribeWithToken(token) : null;
  if (!done) return text(400, t("unsubscribe.invalid.short"));
  return text(200, t("unsubscribe.oneClick.done"));
}

/**
 * Someone opened the header's URL in a browser: the unsubscribe page, which asks before it changes
 * anything. A GET never unsubscribes (mail scanners fetch links).
 */
export function GET(request: NextRequest): Response {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const page = `/${languageOf(request)}/unsubscribe?${new URLSearchParams({ token })}`;
  return new Response(null, { status: 303, headers: { location: page, "cache-control": "no-store" } });
}

function languageOf(request: NextRequest) {
  return negotiateLanguage({
    cookie: request.cookies.get(languageCookie)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
}

/** Whether the body is RFC 8058's `List-Unsubscribe=One-Click`, form-encoded or multipart. */
async function isOneClick(request: Request): Promise<boolean> {
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data") return false;
  const body = await readBoundedText(request, MAX_BODY_BYTES);
  if (body === null) return false;
  if (type === "application/x-www-form-urlencoded")
    return new URLSearchParams(body).get("List-Unsubscribe") === "One-Click";
  const form = await new Response(body, { headers: { "content-type": contentType } })
    .formData()
    .catch(() => null);
  return form?.get("List-Unsubscribe") === "One-Click";
}

function text(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
