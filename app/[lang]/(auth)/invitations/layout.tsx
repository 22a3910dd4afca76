import { sectionTranslations } from "@/components/i18n/client-translations";

/** Accepting an invitation (with the name field): the browser gets the strings of people and account here, in the page's language only (issue 17). */
export default sectionTranslations(["people", "account"]);
