"use client";

import { createInstance } from "i18next";
import { useState, type ReactNode } from "react";
import { I18nextProvider, initReactI18next, useTranslation } from "react-i18next";
import type { Language, Namespace } from "@/lib/i18n/settings";

/** Some namespaces of one language's strings, as the server hands them over (components/i18n/client-translations.tsx). */
export type ClientBundles = Partial<Record<Namespace, Record<string, unknown>>>;

/**
 * Gives client components `useTranslation()` in the language of the current URL. The browser gets
 * only that language's strings, and only the namespaces the page's client components use (issue
 * 17): the root layout passes `common`; a section that needs more wraps itself in
 * ClientTranslations. No other language is in any bundle: the locale parity test keeps every key
 * in every language, so nothing falls back.
 */
export function I18nProvider({
  lang,
  bundles,
  children,
}: {
  lang: Language;
  bundles: ClientBundles;
  children: ReactNode;
}) {
  const [i18n] = useState(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng: lang,
      fallbackLng: false,
      resources: { [lang]: bundles },
      ns: Object.keys(bundles),
      defaultNS: "common",
      interpolation: { escapeValue: false },
      initAsync: false,
      react: { useSuspense: false },
    });
    return instance;
  });
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** Adds namespaces to the page's i18next instance before its children render (see ClientTranslations). */
export function AddTranslations({
  lang,
  bundles,
  children,
}: {
  lang: Language;
  bundles: ClientBundles;
  children: ReactNode;
}) {
  const { i18n } = useTranslation();
  for (const [namespace, strings] of Object.entries(bundles)) {
    // Synchronous and idempotent: the children's useTranslation(namespace) finds it on first render.
    // Merged deep, not skipped when the namespace exists: a section adds its part of `common` to
    // what every page has.
    i18n.addResourceBundle(lang, namespace, strings, true, false);
  }
  return children;
}
