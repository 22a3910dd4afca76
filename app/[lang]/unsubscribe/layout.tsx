import { sectionTranslations } from "@/components/i18n/client-translations";

/** The unsubscribe panel: the browser gets the strings of account here, in the page's language only (issue 17). */
export default sectionTranslations(["account"]);
