"use client";

import { CircleAlert, CircleCheck, CircleMinus } from "@/components/ui/icons";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AssessedCsvRow, CsvRowOutcome, CsvRowProblem } from "@/lib/invitations/assess-csv-rows";
import { cn } from "@/lib/ui/cn";

const outcomeStyle: Record<CsvRowOutcome, { icon: typeof CircleCheck; className: string }> = {
  ready: { icon: CircleCheck, className: "bg-accent-50 text-accent-900" },
  alreadyInvited: { icon: CircleMinus, className: "bg-stone-100 text-stone-800" },
  problem: { icon: CircleAlert, className: "bg-red-50 text-red-900" },
};

/** Every row of the file with what importing it would do and, for problem rows, each problem. */
export function CsvPreviewTable({ rows }: { rows: AssessedCsvRow[] }) {
  const { t } = useTranslation(["people", "common"]);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const filterId = useId();
  const problemCount = rows.filter((row) => row.outcome === "problem").length;
  const shown = onlyProblems ? rows.filter((row) => row.outcome === "problem") : rows;
  const problemText = (problem: CsvRowProblem) => {
    const { code, ...values } = problem;
    return t(`import.problems.${code}`, values);
  };
  return (
    <div className="flex flex-col gap-3">
      {problemCount > 0 && (
        <label htmlFor={filterId} className="flex items-center gap-3 text-stone-900">
          <input
            id={filterId}
            type="checkbox"
            checked={onlyProblems}
            onChange={(event) => setOnlyProblems(event.target.checked)}
            className="size-5 accent-accent-700"
          />
          {t("import.preview.onlyProblems", { count: problemCount })}
        </label>
      )}
      <div className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{t("import.preview.caption")}</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("import.preview.columns.row")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("import.preview.columns.email")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("import.preview.columns.name")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("import.preview.columns.role")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("import.preview.columns.team")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("import.preview.columns.result")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {shown.map((row) => {
              const { icon: Icon, className } = outcomeStyle[row.outcome];
              return (
                <tr key={row.rowNumber} className={row.outcome === "problem" ? "bg-red-50/40" : undefined}>
                  <th scope="row" className="px-3 py-2 align-top font-medium text-stone-900 tabular-nums">
                    {row.rowNumber}
                  </th>
                  <td className="px-3 py-2 align-top break-all text-stone-900">{row.email}</td>
                  <td className="px-3 py-2 align-top text-stone-800">{row.name}</td>
                  <td className="px-3 py-2 align-top text-stone-800">
                    {row.role ? t(`common:roles.${row.role}`) : "–"}
                  </td>
                  <td className="px-3 py-2 align-top text-stone-800">{row.team}</td>
                  <td className="px-3 py-2 align-top">
                    <span
                      className={cn(
                        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 font-medium whitespace-nowrap",
                        className,
                      )}
                    >
                      <Icon aria-hidden="true" className="size-4" />
                      {t(`import.outcomes.${row.outcome}`)}
                    </span>
                    {row.problems.length > 0 && (
                      <ul className="mt-1.5 flex list-disc flex-col gap-0.5 pl-5 text-red-900">
                        {row.problems.map((problem) => (
                          <li key={problem.code}>{problemText(problem)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
