import { Copy } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";

/**
 * The library's call to action. It starts at sign-in with a return path to the program, so a
 * visitor comes back to where they were once signed in.
 */
export function CopyToOrganization({ lang, slug, compact = false }: { lang: Language; slug: string; compact?: boolean }) {
  const t = getT(lang, "library");
  const returnTo = `/${lang}/library/${slug}`;
  const href = `/${lang}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`;
  return (
    <div className="flex flex-col gap-2">
      <Link href={href} className={`${buttonClasses("primary", compact ? "md" : "lg")} sm:self-start`}>
        <Copy aria-hidden="true" className="size-5" />
        {t("program.copy")}
      </Link>
      {!compact && <p className="max-w-sm text-sm text-stone-600">{t("program.copyHint")}</p>}
    </div>
  );
}
