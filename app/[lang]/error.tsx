"use client";

import { CloudOff } from "@/components/ui/icons";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";

/** Shown when a page fails, for example while the database is unreachable; the shell stays usable. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const { t } = useTranslation("fatal");
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-20 text-center">
      <CloudOff aria-hidden="true" className="mx-auto size-10 text-accent-700" />
      <h1 className="mt-4 text-3xl font-bold text-stone-900">{t("title")}</h1>
      <p className="mt-3 text-lg text-stone-700">{t("body")}</p>
      <Button className="mt-8" onClick={reset}>
        {t("retry")}
      </Button>
      {error.digest && (
        <p className="mt-6 text-sm text-stone-600">{t("reference", { digest: error.digest })}</p>
      )}
    </div>
  );
}
