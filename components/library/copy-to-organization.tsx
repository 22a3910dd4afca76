import { Copy } from "@/components/ui/icons";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";

/**
 * The library's call to action. It opens the copy flow (app/[lang]/library/[program]/copy), which
 * asks a visitor to sign in and brings them back, so the library pages themselves stay static.
 */
export function CopyToOrganization({
  lang,
  slug,
  compact = false,
}: {
  lang: Language;
  slug: string;
  compact?: boolean;
}) {
  const t = getT(lang, "library");
  return (
    <div className="flex flex-col gap-2">
      <Link
        href={`/${lang}/library/${slug}/copy`}
        prefetch={false}
        className={`${buttonClasses("primary", compact ? "md" : "lg")} sm:self-start`}
      >
        <Copy aria-hidden="true" className="size-5" />
        {t("program.copy")}
      </Link>
      {!compact && <p className="max-w-sm text-sm text-stone-600">{t("program.copyHint")}</p>}
    </div>
  );
}
