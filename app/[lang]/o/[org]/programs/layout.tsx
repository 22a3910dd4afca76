import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/i18n/client-translations";
import { routeLanguage } from "@/lib/i18n/route-language";

/** The program editor's and the library update's forms: the browser gets the strings of programs and updates here, in the page's language only (issue 17). */
export default async function ProgramsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const lang = await routeLanguage(params);
  return (
    <ClientTranslations lang={lang} namespaces={["programs", "updates"]}>
      {children}
    </ClientTranslations>
  );
}
