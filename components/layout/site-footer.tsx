import { ShieldCheck } from "@/components/ui/icons";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";

export function SiteFooter({ lang }: { lang: Language }) {
  const t = getT(lang);
  return (
    <footer data-site-footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-8 text-sm text-stone-700">
        <p className="font-semibold text-stone-900">{t("app.name")}</p>
        <p>{t("footer.about")}</p>
        <p className="flex items-start gap-2">
          <ShieldCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-accent-700" />
          <span>{t("footer.privacy")}</span>
        </p>
        <p>{t("footer.languages")}</p>
      </div>
    </footer>
  );
}
