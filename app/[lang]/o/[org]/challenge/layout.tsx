import { sectionTranslations } from "@/components/i18n/client-translations";

/** The challenge's forms and log: the browser gets the strings of challenge here, in the page's language only (issue 17). */
export default sectionTranslations(["challenge"]);
