import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/i18n/client-translations";
import { routeLanguage } from "@/lib/i18n/route-language";

/** The members table and its bulk actions: the browser gets common's members strings here only (issue 17). */
export default async function MembersLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const lang = await routeLanguage(params);
  return (
    <ClientTranslations lang={lang} namespaces={[{ namespace: "common", keys: ["members"] }]}>
      {children}
    </ClientTranslations>
  );
}
