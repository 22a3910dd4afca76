import { sectionTranslations } from "@/components/i18n/client-translations";

/** The sign-in form's strings, which no other page sends (issue 17). */
export default sectionTranslations([{ namespace: "common", keys: ["auth.signIn", "auth.errors"] }]);
