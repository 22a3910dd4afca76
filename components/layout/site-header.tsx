import Link from "next/link";
import { Suspense } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { getHeaderUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({ lang }: { lang: Language }) {
  const t = getT(lang);
  const user = await getHeaderUser();
  return (
    <header data-site-header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          href={`/${lang}`}
          className="rounded-md text-xl font-bold tracking-tight text-accent-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
        >
          {t("app.name")}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <nav aria-label={t("nav.main")}>
            <ul className="flex items-center gap-1">
              <li>
                <Link
                  href={`/${lang}/library`}
                  className="inline-flex min-h-9 items-center rounded-md px-3 font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
                >
                  {t("nav.library")}
                </Link>
              </li>
            </ul>
          </nav>
          <UserMenu lang={lang} user={user} />
          <Suspense>
            <LanguageSwitcher current={lang} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
