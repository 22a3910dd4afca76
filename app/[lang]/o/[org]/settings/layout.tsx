import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/i18n/client-translations";
import { routeLanguage } from "@/lib/i18n/route-language";

/** The settings forms (reminders, insight settings): the browser gets the strings of account and insights here, in the page's language only (issue 17). */
export default async function SettingsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const lang = await routeLanguage(params);
  return (
    <ClientTranslations
      lang={lang}
      namespaces={["account", "insights", { namespace: "common", keys: ["sso"] }]}
    >
      {children}
    </ClientTranslations>
  );
}
