import { sectionTranslations } from "@/components/i18n/client-translations";

/** My data's switches and the account deletion: the browser gets the strings of account here, in the page's language only (issue 17). */
export default sectionTranslations(["account", { namespace: "common", keys: ["members.errors"] }]);
