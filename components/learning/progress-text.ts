import type { TFunction } from "i18next";
import type { ProgressParts } from "@/lib/learning/progress";

/** "3 of 5 resources read · 2 of 8 statements rated" (learning namespace): what a progress bar is made of. */
export function explainProgress(t: TFunction<"learning">, parts: ProgressParts): string {
  const text = [];
  if (parts.resources.total > 0)
    text.push(t("home.resourcesRead", { done: parts.resources.done, count: parts.resources.total }));
  if (parts.statements.total > 0)
    text.push(t("home.statementsRated", { done: parts.statements.rated, count: parts.statements.total }));
  return text.join(" · ");
}
