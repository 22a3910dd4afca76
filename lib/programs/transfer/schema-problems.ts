import type { z } from "zod";
import { formatFieldPath } from "@/lib/library/content/content-validation-error";
import { problem, type TransferProblem } from "./transfer-problem";

/**
 * zod issues of program.json as problems to translate. The library's English messages are not
 * used: what each issue says is read from its code and path, so every language says it alike.
 * Needs `reportInput: true` when parsing, which tells a missing field from one of the wrong type.
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  file = "program.json",
): TransferProblem[] {
  const problems: TransferProblem[] = [];
  for (const issue of issues) {
    const at = (path: readonly PropertyKey[]) => ({ field: formatFieldPath(path) || undefined });
    const input = (issue as { input?: unknown }).input;
    const got = input === undefined ? "" : JSON.stringify(input).slice(0, 60);
    const last = issue.path[issue.path.length - 1];
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys)
          problems.push(problem(file, "unknownField", undefined, at([...issue.path, key])));
        break;
      case "invalid_type":
        if (issue.expected === "int") problems.push(problem(file, "notWholeNumber", { got }, at(issue.path)));
        else if (input === undefined) problems.push(problem(file, "required", undefined, at(issue.path)));
        else problems.push(problem(file, "wrongType", { expected: issue.expected }, at(issue.path)));
        break;
      case "too_small":
        if (issue.origin === "string") problems.push(problem(file, "empty", undefined, at(issue.path)));
        else if (issue.origin === "array" && last === "statements")
          problems.push(problem(file, "tooFewStatements", undefined, at(issue.path)));
        else if (issue.origin === "array" && last === "resources")
          problems.push(problem(file, "tooFewResources", undefined, at(issue.path)));
        else problems.push(problem(file, "tooSmall", { minimum: Number(issue.minimum) }, at(issue.path)));
        break;
      case "invalid_format":
        problems.push(problem(file, "notKebabCase", { got }, at(issue.path)));
        break;
      case "invalid_value":
        problems.push(problem(file, "notKind", { got }, at(issue.path)));
        break;
      default:
        problems.push(problem(file, "invalid", undefined, at(issue.path)));
    }
  }
  return problems;
}
