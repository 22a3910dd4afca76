import en from "@/locales/en/common.json";
import nb from "@/locales/nb/common.json";
import nl from "@/locales/nl/common.json";

/** UI copy from the locale files, so tests assert what users read without hard-coding it. */
export const copy = { nb, en, nl } as const;
export const testLanguages = ["nb", "en", "nl"] as const;
