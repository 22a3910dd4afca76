// The texts of an organization's program: JSON objects { nb, en, nl } as in the library, where a
// language may be missing (HR has not translated it yet). Shared by the server and the editor.
import { languages, defaultLanguage, type Language } from "@/lib/i18n/settings";

export type LocalizedText = Partial<Record<Language, string>>;

/** A quote in each language; who said it and where (a book, a talk) are the same in all. */
export type ProgramQuote = { text: LocalizedText; author: string | null; source?: string };

/** When each language's text of an item last changed (ISO timestamps), for the translation status. */
export type TextUpdatedAt = Partial<Record<Language, string>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** A stored JSON text as { nb?, en?, nl? }: only non-empty strings of known languages survive. */
export function readText(value: unknown): LocalizedText {
  if (!isRecord(value)) return {};
  const text: LocalizedText = {};
  for (const lang of languages) {
    const entry = value[lang];
    if (typeof entry === "string" && entry.trim() !== "") text[lang] = entry;
  }
  return text;
}

export function readQuote(value: unknown): ProgramQuote | null {
  if (!isRecord(value)) return null;
  const text = readText(value.text);
  if (Object.keys(text).length === 0) return null;
  const author = typeof value.author === "string" && value.author.trim() !== "" ? value.author : null;
  const source = typeof value.source === "string" && value.source.trim() !== "" ? value.source : null;
  return source ? { text, author, source } : { text, author };
}

export function readUpdatedAt(value: unknown): TextUpdatedAt {
  if (!isRecord(value)) return {};
  const result: TextUpdatedAt = {};
  for (const lang of languages) {
    const entry = value[lang];
    if (typeof entry === "string" && !Number.isNaN(Date.parse(entry))) result[lang] = entry;
  }
  return result;
}

/** The text for someone reading in `lang`: that language, else Bokmål (always written first). */
export function displayText(text: LocalizedText, lang: Language): string {
  return text[lang] ?? text[defaultLanguage] ?? Object.values(text)[0] ?? "";
}

/** `text` with `lang` set to `value` (trimmed); an empty value removes the language. */
export function withText(text: LocalizedText, lang: Language, value: string): LocalizedText {
  const next: LocalizedText = { ...text };
  const trimmed = value.trim();
  if (trimmed === "") delete next[lang];
  else next[lang] = trimmed;
  return next;
}
