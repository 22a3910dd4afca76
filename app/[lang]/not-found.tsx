"use client";

import { Compass } from "@/components/ui/icons";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { buttonClasses } from "@/components/ui/button";

/** Rendered for notFound() and for any unknown path; the language comes from the layout's provider. */
export default function NotFound() {
  const { t, i18n } = useTranslation();
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <title>{t("errors.notFound.metaTitle")}</title>
      <Compass aria-hidden="true" className="mx-auto size-10 text-accent-700" />
      <h1 className="mt-4 text-3xl font-bold text-stone-900">{t("errors.notFound.title")}</h1>
      <p className="mt-3 text-lg text-stone-700">{t("errors.notFound.body")}</p>
      <Link href={`/${i18n.language}`} className={`${buttonClasses("primary")} mt-8`}>
        {t("errors.notFound.home")}
      </Link>
    </div>
  );
}
