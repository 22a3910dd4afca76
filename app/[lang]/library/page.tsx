import type { Metadata } from "next";
import { Suspense } from "react";
import { LibrarySearch } from "@/components/library/library-search";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { listLibraryPrograms } from "@/lib/library/library-queries";
import { totalTimeText } from "@/lib/library/total-time";
import { languageAlternates } from "@/lib/seo/alternates";
import { pageTitleClasses } from "@/components/ui/page-header";
import { cn } from "@/lib/ui/cn";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const lang = await routeLanguage(params);
  const t = getT(lang, "library");
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: languageAlternates(lang, "/library"),
    openGraph: { title: t("metaTitle"), description: t("metaDescription"), type: "website", locale: lang },
  };
}

export default async function LibraryPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLanguage(params);
  const t = getT(lang, "library");
  const common = getT(lang, "common");
  const programs = (await listLibraryPrograms(lang)).map((program) => ({
    ...program,
    duration: totalTimeText(common, program.totalMinutes),
  }));
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:py-14">
      <h1 className={cn(pageTitleClasses, "sm:text-4xl")}>{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-lg text-stone-700">{t("lead")}</p>
      <Suspense>
        <LibrarySearch lang={lang} programs={programs} />
      </Suspense>
    </div>
  );
}
