import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import { levels } from "@/lib/insights/minimum-group";
import { levelFill } from "./level-colors";

/** The colour key of every chart on the page, once, with the level names in words. */
export function LevelLegend({ lang }: { lang: Language }) {
  const t = getT(lang, "insights");
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-stone-800">{t("distribution.legend")}</p>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-stone-800">
        {levels.map((level) => (
          <li key={level} className="flex items-center gap-2">
            <svg
              aria-hidden="true"
              width="14"
              height="14"
              className="shrink-0 print:[print-color-adjust:exact]"
            >
              <rect width="14" height="14" rx="3" className={levelFill[level]} />
            </svg>
            {level}. {t(`levels.${level}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
