// Numbers as each language writes them (docs/glossary.md, ADR 033): Intl knows that Norwegian puts
// a space before the percent sign and English and Dutch do not, and which thousands separator
// each uses. Locale strings take the formatted number (`{{percent}}`), never a sign of their own.
import { languageTags, type Language } from "./settings";

const NO_BREAK_SPACE = "\u00a0";

/** Any ordinary space Intl puts inside a number made non-breaking, so "100 %" never wraps. */
function unbreakable(text: string): string {
  return text.replace(/ /g, NO_BREAK_SPACE);
}

/** A whole or fractional percentage given as 0–100: nb "89 %", en "89%", nl "89%". */
export function formatPercent(lang: Language, percent: number): string {
  return unbreakable(
    new Intl.NumberFormat(languageTags[lang], { style: "percent", maximumFractionDigits: 0 }).format(
      percent / 100,
    ),
  );
}

/** A count or measure: nb "12 345", en "12,345", nl "12.345". */
export function formatNumber(lang: Language, value: number): string {
  return unbreakable(new Intl.NumberFormat(languageTags[lang]).format(value));
}

/** A day in words, as on a letter: nb "3. mars 2026", en "March 3, 2026", nl "3 maart 2026". */
export function formatDay(lang: Language, date: Date): string {
  return new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "long", timeZone: "UTC" }).format(date);
}
