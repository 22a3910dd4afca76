import { Inbox } from "@/components/ui/icons";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";

/**
 * Tells a developer where the sign-in mail went when no SMTP server is configured. No link: the
 * outbox opens only with the key in the address `npm start` printed.
 */
export function OutboxNotice({ lang }: { lang: Language }) {
  const t = getT(lang);
  return (
    <aside
      aria-labelledby="outbox-notice-title"
      className="flex gap-3 rounded-xl border border-amber-200 bg-amber-50 p-4 text-stone-800"
    >
      <Inbox aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-amber-800" />
      <div>
        <p id="outbox-notice-title" className="font-semibold text-stone-900">
          {t("auth.outboxNotice.title")}
        </p>
        <p className="mt-1">{t("auth.outboxNotice.body")}</p>
      </div>
    </aside>
  );
}
