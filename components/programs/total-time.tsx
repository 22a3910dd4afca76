import { Clock3 } from "@/components/ui/icons";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import { totalTimeText } from "@/lib/library/total-time";
import { cn } from "@/lib/ui/cn";

/** "ca. 25 min" with a clock, named for screen readers as the program's total reading time. */
export function TotalTime({
  lang,
  minutes,
  className,
}: {
  lang: Language;
  minutes: number;
  className?: string;
}) {
  const t = getT(lang, "common");
  return (
    <p className={cn("inline-flex items-center gap-1.5 text-sm font-medium text-stone-700", className)}>
      <Clock3 aria-hidden="true" className="size-4 shrink-0 text-accent-700" />
      <span className="sr-only">{t("duration.label")}: </span>
      {totalTimeText(t, minutes)}
    </p>
  );
}
