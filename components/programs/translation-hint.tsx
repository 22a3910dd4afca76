"use client";

import { AlertTriangle, Languages } from "@/components/ui/icons";
import { useTranslation } from "react-i18next";
import { defaultLanguage, type Language } from "@/lib/i18n/settings";
import type { TextState } from "@/lib/programs/translation-status";

/**
 * Under a field being translated: whether its text is missing or older than the Bokmål original,
 * and the original itself to translate from. Nothing for Bokmål, nothing for an up-to-date text.
 */
export function TranslationHint({
  state,
  language,
  original,
}: {
  state: TextState;
  language: Language;
  original?: string;
}) {
  const { t } = useTranslation("programs");
  if (language === defaultLanguage && state !== "missing") return null;
  return (
    <div className="flex flex-col gap-1">
      {state !== "ok" && (
        <p className="inline-flex items-center gap-1.5 font-medium text-amber-900">
          <AlertTriangle aria-hidden="true" className="size-4 shrink-0" />
          {state === "missing"
            ? t("translation.fieldMissing", { language: t(`languages.${language}`) })
            : t("translation.fieldOutdated")}
        </p>
      )}
      {language !== defaultLanguage && original && (
        <p className="inline-flex items-start gap-1.5 text-stone-700">
          <Languages aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            {t("translation.original")}{" "}
            <span lang={defaultLanguage} className="italic">
              {original}
            </span>
          </span>
        </p>
      )}
    </div>
  );
}
