import enAccount from "@/locales/en/account.json";
import enChallenge from "@/locales/en/challenge.json";
import enCommon from "@/locales/en/common.json";
import enFatal from "@/locales/en/fatal.json";
import enInsights from "@/locales/en/insights.json";
import enLearning from "@/locales/en/learning.json";
import enLibrary from "@/locales/en/library.json";
import enPeople from "@/locales/en/people.json";
import enPrograms from "@/locales/en/programs.json";
import enUpdates from "@/locales/en/updates.json";
import nbAccount from "@/locales/nb/account.json";
import nbChallenge from "@/locales/nb/challenge.json";
import nbCommon from "@/locales/nb/common.json";
import nbFatal from "@/locales/nb/fatal.json";
import nbInsights from "@/locales/nb/insights.json";
import nbLearning from "@/locales/nb/learning.json";
import nbLibrary from "@/locales/nb/library.json";
import nbPeople from "@/locales/nb/people.json";
import nbPrograms from "@/locales/nb/programs.json";
import nbUpdates from "@/locales/nb/updates.json";
import nlAccount from "@/locales/nl/account.json";
import nlChallenge from "@/locales/nl/challenge.json";
import nlCommon from "@/locales/nl/common.json";
import nlFatal from "@/locales/nl/fatal.json";
import nlInsights from "@/locales/nl/insights.json";
import nlLearning from "@/locales/nl/learning.json";
import nlLibrary from "@/locales/nl/library.json";
import nlPeople from "@/locales/nl/people.json";
import nlPrograms from "@/locales/nl/programs.json";
import nlUpdates from "@/locales/nl/updates.json";
import type { Language, Namespace } from "./settings";

/**
 * All UI strings, bundled at build time so that neither the server nor the browser reads
 * files or fetches at run time. Add a namespace here and in settings.ts together.
 */
export const resources = {
  nb: {
    common: nbCommon,
    library: nbLibrary,
    people: nbPeople,
    programs: nbPrograms,
    updates: nbUpdates,
    learning: nbLearning,
    challenge: nbChallenge,
    account: nbAccount,
    insights: nbInsights,
    fatal: nbFatal,
  },
  en: {
    common: enCommon,
    library: enLibrary,
    people: enPeople,
    programs: enPrograms,
    updates: enUpdates,
    learning: enLearning,
    challenge: enChallenge,
    account: enAccount,
    insights: enInsights,
    fatal: enFatal,
  },
  nl: {
    common: nlCommon,
    library: nlLibrary,
    people: nlPeople,
    programs: nlPrograms,
    updates: nlUpdates,
    learning: nlLearning,
    challenge: nlChallenge,
    account: nlAccount,
    insights: nlInsights,
    fatal: nlFatal,
  },
} satisfies Record<Language, Record<Namespace, unknown>>;

export type Resources = (typeof resources)["nb"];
