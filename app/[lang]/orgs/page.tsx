import { Building2, ChevronRight, Plus } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { requireSessionUser } from "@/lib/auth/session";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { listMyOrganizations } from "@/lib/orgs/list-my-organizations";
import { pageTitleClasses } from "@/components/ui/page-header";
import { cn } from "@/lib/ui/cn";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang)("orgs.metaTitle") };
}

/** The person's organizations to pick from; with none yet, the way to make one. */
export default async function MyOrganizationsPage({ params }: Props) {
  const lang = await routeLanguage(params);
  const user = await requireSessionUser(lang, `/${lang}/orgs`);
  const organizations = await listMyOrganizations({ userId: user.id });
  const t = getT(lang);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8 px-4 py-12 sm:py-16">
      <header>
        <h1 className={cn(pageTitleClasses, "sm:text-4xl")}>{t("orgs.title")}</h1>
        {organizations.length > 0 && <p className="mt-3 text-lg text-stone-700">{t("orgs.lead")}</p>}
      </header>
      {organizations.length === 0 ? (
        <section
          aria-labelledby="no-orgs-title"
          className="rounded-2xl border border-stone-200 bg-white p-6 sm:p-8"
        >
          <Building2 aria-hidden="true" className="size-8 text-accent-700" />
          <h2 id="no-orgs-title" className="mt-3 text-xl font-semibold text-stone-900">
            {t("orgs.empty.title")}
          </h2>
          <p className="mt-2 text-stone-700">{t("orgs.empty.body")}</p>
          <Link href={`/${lang}/orgs/new`} className={`${buttonClasses("primary")} mt-6`}>
            <Plus aria-hidden="true" className="size-5" />
            {t("orgs.create")}
          </Link>
        </section>
      ) : (
        <>
          <ul className="flex flex-col gap-3">
            {organizations.map((org) => (
              <li key={org.slug}>
                <Link
                  href={`/${lang}/o/${org.slug}`}
                  className="flex min-h-16 items-center gap-4 rounded-2xl border border-stone-200 bg-white p-5 hover:border-accent-300 hover:bg-accent-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
                >
                  <Building2 aria-hidden="true" className="size-6 shrink-0 text-accent-700" />
                  <span className="flex-1">
                    <span className="block text-lg font-semibold text-stone-900">{org.name}</span>
                    <span className="block text-sm text-stone-700">
                      {t("orgs.yourRole", { role: t(`roles.${org.role}`) })}
                    </span>
                  </span>
                  <ChevronRight aria-hidden="true" className="size-5 text-stone-500" />
                </Link>
              </li>
            ))}
          </ul>
          <div>
            <Link href={`/${lang}/orgs/new`} className={buttonClasses("secondary")}>
              <Plus aria-hidden="true" className="size-5" />
              {t("orgs.create")}
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
