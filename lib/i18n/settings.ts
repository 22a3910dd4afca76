/** Languages the UI and all content exist in. The first is the default. */
export const languages = ["nb", "en", "nl"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "nb";

/** Cookie remembering the language a person last chose with the switcher. */
export const languageCookie = "evne_lang";

export const namespaces = [
  "common",
  "library",
  "people",
  "programs",
  "updates",
  "learning",
  "challenge",
  "account",
  "insights",
  /** The error pages' few words: alone, so the root error page can ship all three languages of them. */
  "fatal",
] as const;
export type Namespace = (typeof namespaces)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** The name of each language in itself, as the switcher shows it. */
export const languageNames: Record<Language, string> = {
  nb: "Norsk bokmål",
  en: "English",
  nl: "Nederlands",
};

/** BCP 47 tags for Intl formatting and hreflang. */
export const languageTags: Record<Language, string> = {
  nb: "nb-NO",
  en: "en",
  nl: "nl-NL",
};
