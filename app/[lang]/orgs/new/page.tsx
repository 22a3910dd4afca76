import type { Metadata } from "next";
import { CreateOrganizationForm } from "@/components/orgs/create-organization-form";
import { requireSessionUser } from "@/lib/auth/session";
import { createOrganizationAction } from "@/lib/actions/create-organization";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { pageTitleClasses } from "@/components/ui/page-header";
import { cn } from "@/lib/ui/cn";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang)("orgs.new.metaTitle") };
}

export default async function NewOrganizationPage({ params }: Props) {
  const lang = await routeLanguage(params);
  const user = await requireSessionUser(lang, `/${lang}/orgs/new`);
  const t = getT(lang);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-8 px-4 py-12 sm:py-16">
      <header>
        <h1 className={cn(pageTitleClasses, "sm:text-4xl")}>{t("orgs.new.title")}</h1>
        <p className="mt-3 text-lg text-stone-700">{t("orgs.new.lead")}</p>
      </header>
      <div className="rounded-2xl border border-stone-200 bg-white p-6 sm:p-8">
        <CreateOrganizationForm lang={lang} action={createOrganizationAction} personName={user.name} />
      </div>
    </div>
  );
}
