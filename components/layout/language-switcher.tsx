"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslation } from "react-i18next";
import { languageCookie, languageNames, languages, type Language } from "@/lib/i18n/settings";

/** The current path with its language segment replaced. */
export function pathInLanguage(pathname: string, lang: Language): string {
  const segments = pathname.split("/");
  segments[1] = lang;
  return segments.join("/") || `/${lang}`;
}

function rememberLanguage(lang: Language) {
  // A year; read by the proxy when someone comes back to "/".
  document.cookie = `${languageCookie}=${lang}; path=/; max-age=31536000; samesite=lax`;
}

/** Links to the same page in each language; the choice is remembered for the next visit. */
export function LanguageSwitcher({ current }: { current: Language }) {
  const { t } = useTranslation();
  const pathname = usePathname() ?? `/${current}`;
  const query = useSearchParams()?.toString();
  return (
    <nav aria-label={t("language.label")}>
      {/* The links' look from .language-links, the current one's by aria-current (ADR 044). */}
      <ul className="language-links">
        {languages.map((lang) => (
          <li key={lang}>
            <Link
              href={`${pathInLanguage(pathname, lang)}${query ? `?${query}` : ""}`}
              hrefLang={lang}
              lang={lang}
              aria-current={lang === current ? "true" : undefined}
              onClick={() => rememberLanguage(lang)}
            >
              {lang}
              {/* The visible code is part of the name (WCAG 2.5.3); the full name is for screen readers. */}
              <span className="sr-only"> {languageNames[lang]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
