import { sectionTranslations } from "@/components/i18n/client-translations";

/** The settings forms (reminders, insight settings): the browser gets the strings of account and insights here, in the page's language only (issue 17). */
export default sectionTranslations(["account", "insights", { namespace: "common", keys: ["sso"] }]);
