import { BookOpen, Building2, ShieldCheck } from "@/components/ui/icons";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";

export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLanguage(params);
  const t = getT(lang);
  const features = [
    { key: "library", Icon: BookOpen },
    { key: "organization", Icon: Building2 },
    { key: "privacy", Icon: ShieldCheck },
  ] as const;
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:py-20">
      <section className="max-w-2xl">
        <p className="mb-3 font-medium text-accent-800">{t("app.tagline")}</p>
        <h1 className="text-4xl font-bold tracking-tight text-stone-900 sm:text-5xl">{t("home.title")}</h1>
        <p className="mt-5 text-lg leading-relaxed text-stone-700">{t("home.lead")}</p>
        <div className="mt-8">
          <Link href={`/${lang}/library`} className={buttonClasses("primary", "lg")}>
            {t("home.cta")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="features-title" className="mt-16">
        <h2 id="features-title" className="text-2xl font-semibold text-stone-900">
          {t("home.features.title")}
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-3">
          {features.map(({ key, Icon }) => (
            <li key={key} className="rounded-2xl border border-stone-200 bg-white p-6">
              <Icon aria-hidden="true" className="size-6 text-accent-700" />
              <h3 className="mt-3 text-lg font-semibold text-stone-900">{t(`home.features.${key}.title`)}</h3>
              <p className="mt-2 text-stone-700">{t(`home.features.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
