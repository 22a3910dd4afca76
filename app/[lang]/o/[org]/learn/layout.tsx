import { sectionTranslations } from "@/components/i18n/client-translations";
import { LEARNING_CLIENT_STRINGS } from "@/components/learning/learning-client-strings";

/** The learner's forms (rating, reflection, mark as done): the browser gets only their strings, in the page's language (issue 17). */
export default sectionTranslations(LEARNING_CLIENT_STRINGS);
