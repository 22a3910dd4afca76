import { sectionTranslations } from "@/components/i18n/client-translations";

/** The program editor's and the library update's forms: the browser gets the strings of programs and updates here, in the page's language only (issue 17). */
export default sectionTranslations(["programs", "updates"]);
