import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/i18n/client-translations";
import { routeLanguage } from "@/lib/i18n/route-language";

/**
 * The dashboards' one form (help requests handled) shows messages from insights' help and errors:
 * only those go to the browser, in the page's language (issue 17; a dashboard's HTML carries them).
 */
export default async function InsightsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const lang = await routeLanguage(params);
  return (
    <ClientTranslations lang={lang} namespaces={[{ namespace: "insights", keys: ["help", "errors"] }]}>
      {children}
    </ClientTranslations>
  );
}
