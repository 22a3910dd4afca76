import enCommon from "@/locales/en/common.json";
import nbCommon from "@/locales/nb/common.json";
import nlCommon from "@/locales/nl/common.json";
import type { Language, Namespace } from "./settings";

/**
 * All UI strings, bundled at build time so that neither the server nor the browser reads
 * files or fetches at run time. Add a namespace here and in settings.ts together.
 */
export const resources = {
  nb: { common: nbCommon },
  en: { common: enCommon },
  nl: { common: nlCommon },
} satisfies Record<Language, Record<Namespace, unknown>>;

export type Resources = (typeof resources)["nb"];
