import type { TFunction } from "i18next";
import { toCsv } from "@/lib/csv/write-csv";
import type { AttemptView } from "./get-challenge";

/** The person's log as CSV, oldest first, with headers and values in their language. */
export function challengeLogCsv(attempts: readonly AttemptView[], t: TFunction<"challenge">): string {
  const columns = ["date", "area", "ask", "outcome", "feelingBefore", "feelingAfter", "lesson"] as const;
  const header = columns.map((column) => t(`csv.${column}`));
  const rows = [...attempts]
    .reverse()
    .map((attempt) => [
      attempt.occurredOn,
      attempt.area ? t(`areas.${attempt.area}`) : "",
      attempt.ask,
      t(`outcomes.${attempt.outcome}`),
      attempt.feelingBefore ?? "",
      attempt.feelingAfter ?? "",
      attempt.lesson,
    ]);
  return toCsv(header, rows);
}
