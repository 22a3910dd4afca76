import "server-only";
import type { ReactNode } from "react";
import { resources } from "@/lib/i18n/resources";
import type { Language, Namespace } from "@/lib/i18n/settings";
import { AddTranslations, type ClientBundles } from "./i18n-provider";

/** The namespaces of `lang` that client components need, read on the server. */
export function clientBundles(lang: Language, namespaces: readonly Namespace[]): ClientBundles {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, resources[lang][namespace]]));
}

/**
 * Hands the browser the strings of `namespaces` in `lang` for the client components below it (the
 * forms of one section): only there, only in that language (issue 17).
 */
export function ClientTranslations({
  lang,
  namespaces,
  children,
}: {
  lang: Language;
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  return (
    <AddTranslations lang={lang} bundles={clientBundles(lang, namespaces)}>
      {children}
    </AddTranslations>
  );
}
