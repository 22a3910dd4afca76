import { sectionTranslations } from "@/components/i18n/client-translations";

/** The learner's forms (rating, reflection, mark as done): the browser gets the strings of learning here, in the page's language only (issue 17). */
export default sectionTranslations(["learning"]);
