import { Clock3 } from "@/components/ui/icons";
import type { TFunction } from "i18next";
import { levelNameKey } from "@/lib/learning/levels";
import type { LearnerCurrentRating } from "@/lib/learning/learner-program";
import { cn } from "@/lib/ui/cn";

/**
 * The learner's current rating of a statement in words and, when it is old, a quiet "time to rate
 * again" beside it: a reminder, not a warning on every statement (issue 19).
 */
export function CurrentRating({
  rating,
  t,
  className,
}: {
  rating: LearnerCurrentRating | null;
  t: TFunction<"learning">;
  className?: string;
}) {
  if (!rating) return <p className={cn("text-sm text-stone-600", className)}>{t("program.notRated")}</p>;
  return (
    <p className={cn("flex flex-wrap items-center gap-2 text-sm", className)}>
      <span className="font-medium text-stone-900">
        {t("program.yourRating", { level: t(levelNameKey(rating.level)) })}
      </span>
      {rating.stale && (
        <span className="inline-flex items-center gap-1 text-stone-700">
          <Clock3 aria-hidden="true" className="size-4 text-accent-700" />
          {t("program.stale")}
        </span>
      )}
    </p>
  );
}
