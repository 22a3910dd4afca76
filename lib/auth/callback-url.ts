// Where a person returns after signing in. Only paths on this site: an open redirect through the
// sign-in page would let anyone send a freshly signed-in person to a look-alike site.
import { isLanguage, type Language } from "@/lib/i18n/settings";

const PLACEHOLDER_ORIGIN = "http://evne.invalid";
const MAX_LENGTH = 2048;
/** Pages that make no sense to return to: the sign-in flow itself, and endpoints that are not pages. */
const NOT_A_DESTINATION = /^\/(?:api\/|_next\/|[a-z]{2}\/(?:sign-in|verify)(?:\/|$))/;

/**
 * `value` as a same-origin path (with its query and fragment), or `/${lang}` when it is missing or
 * points anywhere else. An absolute URL is accepted only on `origin` (next-auth hands those back).
 */
export function safeCallbackPath(value: unknown, lang: Language, origin?: string): string {
  const fallback = `/${lang}`;
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  // Control characters, whitespace and backslashes are how "//evil.example" gets disguised.
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return fallback;

  let candidate = value;
  if (!value.startsWith("/")) {
    if (origin === undefined) return fallback;
    try {
      const absolute = new URL(value);
      if (absolute.origin !== new URL(origin).origin) return fallback;
      candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
    } catch {
      return fallback;
    }
  }
  if (candidate.startsWith("//")) return fallback;

  let parsed: URL;
  try {
    parsed = new URL(candidate, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (parsed.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  return NOT_A_DESTINATION.test(parsed.pathname) ? fallback : path;
}

/** The language a path starts with (`/en/library` → "en"), if any. */
export function languageOfPath(path: string | null | undefined, origin?: string): Language | undefined {
  if (!path) return undefined;
  let pathname = path;
  if (!path.startsWith("/")) {
    try {
      pathname = new URL(path, origin ?? PLACEHOLDER_ORIGIN).pathname;
    } catch {
      return undefined;
    }
  }
  const first = pathname.split("/")[1];
  return isLanguage(first) ? first : undefined;
}
