// Sign-in links that a mail scanner cannot use up (issue 15). Corporate scanners (Defender Safe
// Links, Mimecast) fetch every link in a mail; next-auth's link signed in on that GET and burned the
// token. The mail now links to a page that only shows a button; the button's POST signs in. A GET
// of next-auth's own callback is sent to that page too, so older mails keep working.
// No "server-only": the route handler and the page share it with the tests.
import type { Language } from "@/lib/i18n/settings";

/** The parts of a sign-in link: next-auth's token, the address and where to go afterwards. */
export type SignInLinkParams = { token: string; email: string; callbackUrl: string };

export const EMAIL_CALLBACK_PATH = "/api/auth/callback/email";

/** The parts of next-auth's callback URL (or of a confirmation page URL); null when one is missing. */
export function signInLinkParams(
  url: { searchParams: URLSearchParams } | URLSearchParams,
): SignInLinkParams | null {
  // A URL, Next's NextURL, or the query itself.
  const query = "searchParams" in url ? url.searchParams : url;
  const token = query.get("token");
  const email = query.get("email");
  if (!token || !email || !/^[0-9a-f]{16,128}$/i.test(token)) return null;
  return { token, email, callbackUrl: query.get("callbackUrl") ?? "" };
}

/** The confirmation page a sign-in mail links to, on the same origin as next-auth's callback. */
export function confirmationUrl(callbackUrl: string, lang: Language): string {
  const url = new URL(callbackUrl);
  const params = signInLinkParams(url);
  if (!params) throw new Error("a sign-in link needs a token and an address");
  return `${url.origin}/${lang}/sign-in/confirm?${new URLSearchParams({ ...params })}`;
}

/** Where the confirmation page's button posts: next-auth's email callback, which then signs in. */
export function emailCallbackAction(params: SignInLinkParams): string {
  return `${EMAIL_CALLBACK_PATH}?${new URLSearchParams({ ...params })}`;
}
