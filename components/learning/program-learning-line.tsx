import type { TFunction } from "i18next";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ProgramLearningSummary } from "@/lib/learning/program-learning-summary";

/** HR's programs list: how many assigned people started and completed a program, with a small bar. */
export function ProgramLearningLine({
  summary,
  t,
}: {
  summary: ProgramLearningSummary;
  t: TFunction<"learning">;
}) {
  const text = t("hr.summary", summary);
  return (
    <ProgressBar
      className="mt-2 max-w-sm"
      label={t("hr.bar")}
      value={summary.completed}
      max={Math.max(summary.assigned, 1)}
      valueText={text}
    />
  );
}
