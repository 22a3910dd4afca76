import en from "@/locales/en/library.json";
import nb from "@/locales/nb/library.json";
import nl from "@/locales/nl/library.json";

/** The library namespace's copy, so tests read what users read. */
export const libraryCopy = { nb, en, nl } as const;
