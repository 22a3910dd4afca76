import { defaultLanguage, type Language } from "@/lib/i18n/settings";
import type { LocalizedText, TextUpdatedAt } from "./program-texts";
import { withText } from "./program-texts";

/**
 * The texts of a new item: Bokmål (typed in its own field when another language is edited) and
 * the edited language, each stamped as written now for the translation status.
 */
export function newItemText(options: { language: Language; text: string; textNb: string }): LocalizedText {
  const { language, text, textNb } = options;
  const bokmal = withText({}, defaultLanguage, language === defaultLanguage ? text : textNb);
  return language === defaultLanguage ? bokmal : withText(bokmal, language, text);
}

/** Every language present in `texts` (all of one item) gets `now` as its change time. */
export function newItemUpdatedAt(texts: LocalizedText[], now: Date): TextUpdatedAt {
  const updatedAt: TextUpdatedAt = {};
  for (const text of texts)
    for (const lang of Object.keys(text) as Language[]) updatedAt[lang] = now.toISOString();
  return updatedAt;
}

/** A key of an item made in the organization: never the same as a library key, which are slugs. */
export function localItemKey(uuid: string): string {
  return `local-${uuid}`;
}
