import { findMarkdownImages, parseResourceMarkdown } from "@/lib/library/content/resource-markdown";
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

/** The library refuses every image; a folder's resources may show the images it carries. */
const LIBRARY_IMAGE_RULE = /^line \d+: images are not allowed in library programs/;

/** `../images/<name>`: how a resource file names an image of its folder (images/<name>). */
const FOLDER_IMAGE = /^\.\.\/(images\/[^/]+)$/;

/**
 * One resource file checked as the library checks it; `knownSlugs` are the programs `program:`
 * links may name. Images are the exception: each must be one of the folder's own (`images`), named
 * `../images/<name>`, with alt text. `images` lists the ones the text shows.
 */
export function checkResourceMarkdown(
  file: string,
  source: string,
  knownSlugs: ReadonlySet<string>,
  folderImages: ReadonlySet<string> = new Set(),
): { text: ResourceText | null; problems: TransferProblem[]; images: string[] } {
  const parsed = parseResourceMarkdown(source);
  const problems = parsed.problems
    .filter((line) => !LIBRARY_IMAGE_RULE.test(line))
    .map((line) => markdownProblem(file, line));
  for (const link of parsed.programLinks) {
    if (!knownSlugs.has(link.slug))
      problems.push(problem(file, "unknownProgramLink", { slug: link.slug }, { line: link.line }));
  }
  const images: string[] = [];
  for (const image of findMarkdownImages(source)) {
    const name = FOLDER_IMAGE.exec(image.url)?.[1];
    if (name === undefined || !folderImages.has(name))
      problems.push(problem(file, "imageMissing", { name: image.url.slice(0, 120) }, { line: image.line }));
    else if (image.alt.trim() === "")
      problems.push(problem(file, "imageAltMissing", undefined, { line: image.line }));
    else images.push(name);
  }
  return { text: parsed.text, problems, images };
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
