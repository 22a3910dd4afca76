import { getEnv } from "@/lib/env";
import { languages, languageTags, type Language } from "@/lib/i18n/settings";

/** The public base URL (APP_URL, else localhost on PORT), without a trailing slash. */
export function siteUrl(): string {
  const env = getEnv();
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

/**
 * Canonical URL and hreflang alternates for a page that exists in every language;
 * `path` is the part after the language, e.g. "/library/handtere-avvisning".
 */
export function languageAlternates(lang: Language, path: string) {
  const base = siteUrl();
  return {
    canonical: `${base}/${lang}${path}`,
    languages: {
      ...Object.fromEntries(languages.map((other) => [languageTags[other], `${base}/${other}${path}`])),
      "x-default": `${base}/nb${path}`,
    },
  };
}
