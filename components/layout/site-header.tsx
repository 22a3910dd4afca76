import Link from "next/link";
import { Suspense } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { getRequestSession } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import { LanguageSwitcher } from "./language-switcher";
import { PhoneMenu } from "./phone-menu";

/**
 * Rendered on the server with the page (issue 17: no session request from the browser). Wide
 * screens get everything in one row; below `lg` the logo and one menu button (issue 19), so the
 * header stays one row on a phone instead of four.
 */
export async function SiteHeader({ lang }: { lang: Language }) {
  const t = getT(lang);
  const session = await getRequestSession();
  const user = session?.user ?? null;
  const organizations = (session?.memberships ?? []).map(({ orgSlug, orgName, role }) => ({
    slug: orgSlug,
    name: orgName,
    role,
  }));
  return (
    <header data-site-header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-2 lg:py-3">
        <Link
          href={`/${lang}`}
          className="rounded-md text-xl font-bold tracking-tight text-accent-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
        >
          {t("app.name")}
        </Link>
        <div className="hidden min-w-0 items-center gap-2 lg:flex">
          <nav aria-label={t("nav.main")}>
            <ul className="flex items-center gap-1">
              <li>
                <Link
                  href={`/${lang}/library`}
                  className="inline-flex min-h-9 items-center rounded-md px-3 font-medium whitespace-nowrap text-stone-800 hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
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
        <div className="flex items-center gap-1 lg:hidden">
          {/* A visitor's way in stays one tap away; the rest is in the menu. */}
          {!user && <UserMenu lang={lang} user={null} />}
          <PhoneMenu lang={lang} user={user} organizations={organizations} />
        </div>
      </div>
    </header>
  );
}
