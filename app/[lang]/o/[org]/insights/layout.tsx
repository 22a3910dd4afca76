import { sectionTranslations } from "@/components/i18n/client-translations";

/**
 * The dashboards' one form (help requests handled) shows messages from insights' help and errors:
 * only those go to the browser, in the page's language (issue 17; a dashboard's HTML carries them).
 */
export default sectionTranslations([
  { namespace: "insights", keys: ["help.handled", "help.alreadyHandled", "errors"] },
]);
