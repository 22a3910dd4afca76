"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslation } from "react-i18next";
import { languageCookie, languageNames, languages, type Language } from "@/lib/i18n/settings";
import { cn } from "@/lib/ui/cn";

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
      <ul className="flex items-center gap-1">
        {languages.map((lang) => (
          <li key={lang}>
            <Link
              href={`${pathInLanguage(pathname, lang)}${query ? `?${query}` : ""}`}
              hrefLang={lang}
              lang={lang}
              aria-current={lang === current ? "true" : undefined}
              onClick={() => rememberLanguage(lang)}
              className={cn(
                "inline-flex min-h-9 min-w-9 items-center justify-center rounded-md px-2 text-sm font-semibold uppercase",
                "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600",
                lang === current ? "bg-accent-700 text-white" : "text-stone-700 hover:bg-stone-200",
              )}
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
