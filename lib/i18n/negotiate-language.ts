import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { defaultLanguage, isLanguage, languages, type Language } from "./settings";

/**
 * Picks the language for a visitor without one in the URL: the cookie set by the
 * language switcher, then the browser's Accept-Language, then Norwegian Bokmål.
 */
export function negotiateLanguage(input: {
  cookie?: string | undefined;
  acceptLanguage?: string | null;
}): Language {
  if (isLanguage(input.cookie)) return input.cookie;
  const requested = new Negotiator({ headers: { "accept-language": input.acceptLanguage ?? "" } })
    .languages()
    .filter((tag) => tag !== "*")
    // Browsers say "no" or "nn" for Norwegian as often as "nb"; Bokmål is the written form we serve.
    .map((tag) => (/^(no|nn)(-|$)/i.test(tag) ? "nb" : tag));
  if (requested.length === 0) return defaultLanguage;
  try {
    const picked = match(requested, [...languages], defaultLanguage);
    return isLanguage(picked) ? picked : defaultLanguage;
  } catch {
    // A malformed header is the visitor's problem, not a reason to fail the request.
    return defaultLanguage;
  }
}
