"use client";

import { Check, Menu } from "@/components/ui/icons";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Disclosure, menuListClasses } from "@/components/ui/disclosure";
import type { SessionUser } from "@/lib/auth/session";
import type { Language } from "@/lib/i18n/settings";
import type { Role } from "@/lib/permissions/roles";
import { LanguageSwitcher } from "./language-switcher";

export type HeaderOrganization = { slug: string; name: string; role: Role };

/** Up to two letters of the person's name (or address) for the round menu button. */
export function initials(name: string | null, email: string): string {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 0 ? words.slice(0, 2).map((word) => [...word][0]) : [[...email][0]];
  return letters.join("").toLocaleUpperCase();
}

/**
 * The header on a small screen: one button that opens the account, the organizations, the
 * language and sign-out, instead of a header that wraps onto four rows (issue 19). `user` null: a
 * visitor, whose menu holds the library and the language.
 */
export function PhoneMenu({
  lang,
  user,
  organizations,
}: {
  lang: Language;
  user: SessionUser | null;
  organizations: HeaderOrganization[];
}) {
  const { t } = useTranslation();
  const pathname = usePathname() ?? "";
  const summary = user ? (
    <>
      <span
        aria-hidden="true"
        className="flex size-9 items-center justify-center rounded-full bg-accent-700 text-sm font-semibold text-white"
      >
        {initials(user.name, user.email)}
      </span>
      <span className="sr-only">{t("nav.menu")}</span>
    </>
  ) : (
    <>
      <Menu aria-hidden="true" className="size-6 text-stone-800" />
      <span className="sr-only">{t("nav.menu")}</span>
    </>
  );
  return (
    <Disclosure
      summary={summary}
      summaryClassName="min-w-11 justify-center px-1 hover:bg-stone-100"
      panelClassName="right-0 w-80 max-w-[calc(100vw-2rem)]"
    >
      <div className="flex flex-col gap-2">
        {user && (
          <p className="px-3 pt-1 text-sm text-stone-700">
            <span className="sr-only">{t("auth.menu.signedInAs")} </span>
            <span className="block truncate font-semibold text-stone-900">{user.name ?? user.email}</span>
            {user.name && <span className="block truncate">{user.email}</span>}
          </p>
        )}
        <nav aria-label={t("nav.main")}>
          <ul className={menuListClasses}>
            {user && (
              <li>
                <Link href={`/${lang}/orgs`}>{t("nav.organizations")}</Link>
              </li>
            )}
            <li>
              <Link href={`/${lang}/library`}>{t("nav.library")}</Link>
            </li>
          </ul>
        </nav>
        {organizations.length > 0 && (
          <nav aria-label={t("orgs.switcher.label")} className="border-t border-stone-200 pt-2">
            <ul className={menuListClasses}>
              {organizations.map((org) => {
                const href = `/${lang}/o/${org.slug}`;
                const current = pathname === href || pathname.startsWith(`${href}/`);
                return (
                  <li key={org.slug}>
                    <Link href={href} aria-current={current ? "true" : undefined}>
                      <span className="min-w-0 flex-1">
                        <span className="block truncate font-medium">{org.name}</span>
                        <span className="block text-sm text-stone-600">{t(`roles.${org.role}`)}</span>
                      </span>
                      {current && <Check aria-hidden="true" className="size-4 shrink-0 text-accent-700" />}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        <div className="border-t border-stone-200 px-1 pt-2">
          <Suspense>
            <LanguageSwitcher current={lang} />
          </Suspense>
        </div>
        {user && (
          <div className="border-t border-stone-200 pt-2">
            <SignOutButton lang={lang} />
          </div>
        )}
      </div>
    </Disclosure>
  );
}
