// Which texts of a program still need a translator, per language: missing (empty) texts, and texts
// whose Bokmål original changed after they were last saved. Pure, shared with the editor.
import { defaultLanguage, languages, type Language } from "@/lib/i18n/settings";
import type { LocalizedText, TextUpdatedAt } from "./program-texts";

export type TextState = "ok" | "missing" | "outdated";

/** The state of one text in `lang`; `updatedAt` is the item's per-language change times, when it has them. */
export function textState(text: LocalizedText, lang: Language, updatedAt: TextUpdatedAt = {}): TextState {
  if (!text[lang]?.trim()) return "missing";
  if (lang === defaultLanguage) return "ok";
  const original = updatedAt[defaultLanguage];
  if (original === undefined) return "ok";
  const translated = updatedAt[lang];
  return translated === undefined || Date.parse(translated) < Date.parse(original) ? "outdated" : "ok";
}

/** The worst state of an item's texts (a resource's title and body share one change time). */
export function itemState(texts: LocalizedText[], lang: Language, updatedAt: TextUpdatedAt = {}): TextState {
  const states = texts.map((text) => textState(text, lang, updatedAt));
  if (states.includes("missing")) return "missing";
  return states.includes("outdated") ? "outdated" : "ok";
}

export type TranslationItem = { texts: LocalizedText[]; updatedAt?: TextUpdatedAt };
export type LanguageStatus = { lang: Language; missing: number; outdated: number; total: number };

/** Per language: how many of the items have a missing text, and how many are older than Bokmål. */
export function translationStatus(items: TranslationItem[]): LanguageStatus[] {
  return languages.map((lang) => {
    let missing = 0;
    let outdated = 0;
    for (const item of items) {
      const state = itemState(item.texts, lang, item.updatedAt);
      if (state === "missing") missing += 1;
      else if (state === "outdated") outdated += 1;
    }
    return { lang, missing, outdated, total: items.length };
  });
}

/**
 * The change times after a save in `lang`. Bokmål's time moves only when its text really changed
 * (that is what makes the translations outdated); saving another language marks it as checked
 * against the current original, changed or not.
 */
export function nextUpdatedAt(
  updatedAt: TextUpdatedAt,
  lang: Language,
  changed: boolean,
  now: Date,
): TextUpdatedAt {
  if (lang === defaultLanguage && !changed) return updatedAt;
  return { ...updatedAt, [lang]: now.toISOString() };
}
