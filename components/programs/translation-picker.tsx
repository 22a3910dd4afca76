import { AlertTriangle, CheckCircle2 } from "@/components/ui/icons";
import Link from "next/link";
import type { TFunction } from "i18next";
import { languageNames, type Language } from "@/lib/i18n/settings";
import type { LanguageStatus } from "@/lib/programs/translation-status";
import { cn } from "@/lib/ui/cn";

type Props = {
  t: TFunction<"programs">;
  /** The language being edited. */
  current: Language;
  status: LanguageStatus[];
  hrefFor: (language: Language) => string;
};

/** Which language's texts the editor shows, with each language's translation status in words. */
export function TranslationPicker({ t, current, status, hrefFor }: Props) {
  return (
    <nav aria-label={t("translation.pickerLabel")}>
      <p className="font-medium text-stone-900">{t("translation.pickerLabel")}</p>
      <ul className="mt-2 grid gap-2 sm:grid-cols-3">
        {status.map((entry) => {
          const complete = entry.missing === 0 && entry.outdated === 0;
          const parts = [
            entry.missing > 0 ? t("translation.missing", { count: entry.missing }) : null,
            entry.outdated > 0 ? t("translation.outdated", { count: entry.outdated }) : null,
          ].filter(Boolean);
          const selected = entry.lang === current;
          return (
            <li key={entry.lang}>
              <Link
                href={hrefFor(entry.lang)}
                aria-current={selected ? "true" : undefined}
                className={cn(
                  "flex h-full min-h-11 flex-col rounded-xl border px-4 py-2",
                  "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600",
                  selected
                    ? "border-accent-700 bg-accent-50"
                    : "border-stone-300 bg-white hover:border-accent-300",
                )}
              >
                <span lang={entry.lang} className="font-semibold text-stone-900">
                  {languageNames[entry.lang]}
                </span>
                <span
                  className={cn(
                    "inline-flex items-center gap-1.5 text-sm",
                    complete ? "text-accent-800" : "text-amber-900",
                  )}
                >
                  {complete ? (
                    <CheckCircle2 aria-hidden="true" className="size-4" />
                  ) : (
                    <AlertTriangle aria-hidden="true" className="size-4" />
                  )}
                  {complete ? t("translation.complete") : parts.join(" · ")}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
