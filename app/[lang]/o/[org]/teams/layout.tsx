import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/i18n/client-translations";
import { routeLanguage } from "@/lib/i18n/route-language";

/** The teams' forms: the browser gets the strings of people here, in the page's language only (issue 17). */
export default async function TeamsLayout({
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
      namespaces={["people", { namespace: "common", keys: ["members.errors"] }]}
    >
      {children}
    </ClientTranslations>
  );
}
