import { sectionTranslations } from "@/components/i18n/client-translations";

/** The members table and its bulk actions: the browser gets common's members strings here only (issue 17). */
export default sectionTranslations([{ namespace: "common", keys: ["members"] }]);
