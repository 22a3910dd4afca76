import { Check, ChevronDown, Plus } from "lucide-react";
import Link from "next/link";
import { Disclosure } from "@/components/ui/disclosure";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import type { MyOrganization } from "@/lib/orgs/list-my-organizations";

const itemClasses =
  "flex min-h-11 items-center gap-2 rounded-md px-3 py-2 text-stone-800 hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600";

/** The current organization's name; opens a list of the person's other organizations. Works without JavaScript (a <details>). */
export function OrgSwitcher({
  lang,
  current,
  organizations,
}: {
  lang: Language;
  current: { slug: string; name: string };
  organizations: MyOrganization[];
}) {
  const t = getT(lang);
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
        <ul className="flex flex-col">
          {organizations.map((org) => (
            <li key={org.slug}>
              <Link
                href={`/${lang}/o/${org.slug}`}
                aria-current={org.slug === current.slug ? "page" : undefined}
                className={itemClasses}
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
        <ul className="mt-1 flex flex-col border-t border-stone-200 pt-1">
          <li>
            <Link href={`/${lang}/orgs`} className={itemClasses}>
              {t("orgs.switcher.all")}
            </Link>
          </li>
          <li>
            <Link href={`/${lang}/orgs/new`} className={itemClasses}>
              <Plus aria-hidden="true" className="size-4 text-accent-700" />
              {t("orgs.create")}
            </Link>
          </li>
        </ul>
      </nav>
    </Disclosure>
  );
}
