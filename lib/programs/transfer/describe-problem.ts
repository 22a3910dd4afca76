// A problem of an imported program in the reader's language: where (file, field or line) and what.
import type { TFunction } from "i18next";
import type { TransferProblem } from "./transfer-problem";

export type DescribedProblem = { where: string; message: string };

/** `t` is the programs namespace's; e.g. { where: "program.json: statements[2].text.nb", message: "is missing." }. */
export function describeTransferProblem(
  problem: TransferProblem,
  t: TFunction<"programs">,
): DescribedProblem {
  const parts = [problem.file === "" ? t("transfer.import.theZip") : problem.file];
  if (problem.field) parts.push(problem.field);
  if (problem.line !== undefined) parts.push(t("transfer.line", { line: problem.line }));
  return {
    where: parts.join(": "),
    message: t(`transfer.problems.${problem.code}`, {
      ...problem.values,
      interpolation: { escapeValue: false },
    }),
  };
}
