import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/i18n/client-translations";
import { routeLanguage } from "@/lib/i18n/route-language";

/** My data's switches and the account deletion: the browser gets the strings of account here, in the page's language only (issue 17). */
export default async function MyDataLayout({
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
      namespaces={["account", { namespace: "common", keys: ["members.errors"] }]}
    >
      {children}
    </ClientTranslations>
  );
}
