import enCommon from "@/locales/en/common.json";
import enLibrary from "@/locales/en/library.json";
import nbCommon from "@/locales/nb/common.json";
import nbLibrary from "@/locales/nb/library.json";
import nlCommon from "@/locales/nl/common.json";
import nlLibrary from "@/locales/nl/library.json";
import type { Language, Namespace } from "./settings";

/**
 * All UI strings, bundled at build time so that neither the server nor the browser reads
 * files or fetches at run time. Add a namespace here and in settings.ts together.
 */
export const resources = {
  nb: { common: nbCommon, library: nbLibrary },
  en: { common: enCommon, library: enLibrary },
  nl: { common: nlCommon, library: nlLibrary },
} satisfies Record<Language, Record<Namespace, unknown>>;

export type Resources = (typeof resources)["nb"];
