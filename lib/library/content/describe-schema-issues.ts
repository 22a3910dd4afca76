import type { z } from "zod";
import { formatFieldPath } from "./content-validation-error";

/**
 * Turns zod issues into `field.path: message` lines. The messages themselves are set in
 * program-schema.ts; only unknown keys need work here, because zod reports them together on
 * the parent object while an author looks for the misspelt field itself.
 */
export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        lines.push(`${formatFieldPath([...issue.path, key])}: unknown field`);
      }
      continue;
    }
    const field = formatFieldPath(issue.path);
    lines.push(field === "" ? issue.message : `${field}: ${issue.message}`);
  }
  return lines;
}
