"use client";

import { createInstance } from "i18next";
import { useState, type ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { resources } from "@/lib/i18n/resources";
import { defaultLanguage, namespaces, type Language } from "@/lib/i18n/settings";

/** Gives client components `useTranslation()` in the language of the current URL. */
export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const [i18n] = useState(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng: lang,
      fallbackLng: defaultLanguage,
      resources,
      ns: [...namespaces],
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
