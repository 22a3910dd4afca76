/**
 * Thrown once per load with every problem found, so an author fixes a whole batch of content
 * in one round instead of one error per run. Each problem names the file, and where it applies
 * the field path and language: `content/programs/x/program.json: statements[2].text.nl: required`.
 */
export class ContentValidationError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Library content is invalid (${count}):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentValidationError";
    this.problems = problems;
  }
}

/** `["statements", 2, "text", "nl"]` → `statements[2].text.nl` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
