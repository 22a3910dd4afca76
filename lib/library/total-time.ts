import type { TFunction } from "i18next";

/** A program's total reading time in words: "ca. 25 min", "ca. 1 t 20 min" (common:duration). */
export function totalTimeText(t: TFunction<"common">, minutes: number): string {
  if (minutes < 60) return t("duration.minutes", { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? t("duration.hours", { hours })
    : t("duration.hoursMinutes", { hours, minutes: rest });
}
