import { parseResourceMarkdown } from "@/lib/library/content/resource-markdown";
import type { ResourceText } from "@/lib/library/content/library-content-types";
import { problem, type TransferProblem } from "./transfer-problem";

// The library's Markdown check (resource-markdown.ts) words its problems in English for content
// authors; these patterns give each a translated message. A problem no pattern knows (a rule added
// there later) is still listed, with its line and its English text (markdownOther).
const PATTERNS: { pattern: RegExp; code: TransferProblem["code"]; found?: boolean }[] = [
  { pattern: /^must be the title as a level-1 heading/, code: "titleLine" },
  { pattern: /^must be blank/, code: "blankSecondLine" },
  { pattern: /^must not be empty/, code: "emptyBody" },
  { pattern: /^only the title may be a level-1 heading/, code: "secondTitle" },
  { pattern: /^raw HTML is not allowed[^:]*: (.+)$/, code: "rawHtml", found: true },
  { pattern: /^links may use http, https or mailto[^:]*: (.+)$/, code: "unsafeLink", found: true },
];

const LOCATED = /^(?:line (\d+)|body): (.*)$/s;

/** One resource file checked as the library checks it; `knownSlugs` are the programs `program:` links may name. */
export function checkResourceMarkdown(
  file: string,
  source: string,
  knownSlugs: ReadonlySet<string>,
): { text: ResourceText | null; problems: TransferProblem[] } {
  const parsed = parseResourceMarkdown(source);
  const problems = parsed.problems.map((line) => markdownProblem(file, line));
  for (const link of parsed.programLinks) {
    if (!knownSlugs.has(link.slug))
      problems.push(problem(file, "unknownProgramLink", { slug: link.slug }, { line: link.line }));
  }
  return { text: parsed.text, problems };
}

export function markdownProblem(file: string, text: string): TransferProblem {
  const located = LOCATED.exec(text);
  const line = located?.[1] ? Number(located[1]) : undefined;
  const message = located ? located[2]! : text;
  const where = line === undefined ? {} : { line };
  for (const { pattern, code, found } of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return problem(file, code, found ? { found: match[1]! } : undefined, where);
  }
  return problem(file, "markdownOther", { detail: message }, where);
}
