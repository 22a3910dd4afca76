import { sectionTranslations } from "@/components/i18n/client-translations";

/** The invitation forms and the CSV import: the browser gets the strings of people here, in the page's language only (issue 17). */
export default sectionTranslations(["people"]);
