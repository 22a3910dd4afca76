"use client";

import { Check, ChevronDown, Plus } from "@/components/ui/icons";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import type { HeaderOrganization } from "@/components/layout/phone-menu";
import { Disclosure, menuListClasses } from "@/components/ui/disclosure";
import type { Language } from "@/lib/i18n/settings";

/** The current organization's name; opens a list of the person's other organizations. */
export function OrgSwitcher({
  lang,
  current,
  organizations,
}: {
  lang: Language;
  current: { slug: string; name: string };
  organizations: HeaderOrganization[];
}) {
  const { t } = useTranslation();
  return (
    <Disclosure
      className="min-w-0"
      summaryClassName="min-w-0 px-2 py-1 text-lg font-semibold text-stone-900 hover:bg-stone-100"
      panelClassName="left-0 w-72 max-w-[calc(100vw-2rem)]"
      summary={
        <>
          <span className="truncate">{current.name}</span>
          <span className="sr-only">, {t("orgs.switcher.label")}</span>
          <ChevronDown
            aria-hidden="true"
            className="size-5 shrink-0 text-stone-600 transition-transform group-open:rotate-180"
          />
        </>
      }
    >
      <nav aria-label={t("orgs.switcher.label")}>
        <ul className={menuListClasses}>
          {organizations.map((org) => (
            <li key={org.slug}>
              <Link
                href={`/${lang}/o/${org.slug}`}
                aria-current={org.slug === current.slug ? "page" : undefined}
              >
                <span className="flex-1">
                  <span className="block font-medium">{org.name}</span>
                  <span className="block text-sm text-stone-600">{t(`roles.${org.role}`)}</span>
                </span>
                {org.slug === current.slug && <Check aria-hidden="true" className="size-4 text-accent-700" />}
              </Link>
            </li>
          ))}
        </ul>
        <ul className={`${menuListClasses} mt-1 border-t border-stone-200 pt-1`}>
          <li>
            <Link href={`/${lang}/orgs`}>{t("orgs.switcher.all")}</Link>
          </li>
          <li>
            <Link href={`/${lang}/orgs/new`}>
              <Plus aria-hidden="true" className="size-4 text-accent-700" />
              {t("orgs.create")}
            </Link>
          </li>
        </ul>
      </nav>
    </Disclosure>
  );
}
