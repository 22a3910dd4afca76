import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import { levels } from "@/lib/insights/minimum-group";
import { levelSwatch } from "./level-colors";

/** The colour key of every chart on the page, once, with the level names in words. */
export function LevelLegend({ lang }: { lang: Language }) {
  const t = getT(lang, "insights");
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-stone-800">{t("distribution.legend")}</p>
      <ul className="level-legend">
        {levels.map((level) => (
          <li key={level}>
            <span aria-hidden="true" className={`swatch ${levelSwatch[level]}`} />
            {level}. {t(`levels.${level}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
