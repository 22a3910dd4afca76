// Why rating figures are hidden, in plain words, once above the statements: every hidden
// statement below carries a short label with the same icon (ADR 014).
import { CssIcon, type CssIconName } from "@/components/ui/css-icon";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import type { HiddenReason } from "@/lib/insights/minimum-group";
import { SETTLING_DAYS } from "@/lib/insights/snapshots/release-rules";

const hiddenIcons: Record<HiddenReason, CssIconName> = { notYet: "eye-off", settling: "clock" };

type Props = {
  lang: Language;
  /** The reasons of the hidden figures on the page; nothing is rendered for none. */
  reasons: ReadonlySet<HiddenReason>;
  /** The organization's minimum group size. */
  k: number;
};

export function HiddenFiguresNote({ lang, reasons, k }: Props) {
  const t = getT(lang, "insights");
  if (reasons.size === 0) return null;
  const order: HiddenReason[] = ["settling", "notYet"];
  return (
    <div className="flex flex-col gap-2 rounded-2xl border border-dashed border-stone-300 bg-stone-50 p-4 text-stone-800">
      {order
        .filter((reason) => reasons.has(reason))
        .map((reason) => {
          return (
            <p key={reason} className="flex items-start gap-3">
              <CssIcon name={hiddenIcons[reason]} className="mt-0.5 size-5 text-stone-500" />
              {reason === "settling"
                ? t("distribution.hidden.settling", { days: SETTLING_DAYS })
                : t("distribution.hidden.notYet", { k })}
            </p>
          );
        })}
    </div>
  );
}
