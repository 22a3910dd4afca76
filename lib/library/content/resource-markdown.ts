import type { ResourceText } from "./library-content-types";

export interface ProgramLink {
  slug: string;
  line: number;
}

export interface ParsedResourceMarkdown {
  /** null when the file has no usable title (then `problems` says why). */
  text: ResourceText | null;
  /** Each starts with `line N:` or `body:`; the loader prefixes the file. */
  problems: string[];
  /** `program:<slug>` link targets, for the loader to check against the existing programs. */
  programLinks: ProgramLink[];
}

const TITLE_LINE = /^# +(\S.*)$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const LEVEL_ONE_HEADING = /^ {0,3}#(?:\s|$)/;
// Backslash escapes (`\<`) are literal text, not markup.
const ESCAPED_CHARACTER = /\\[!-/:-@[-`{-~]/g;
// CommonMark autolinks (`<https://…>`) look like tags but are links, which are allowed.
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/g;
// What CommonMark would treat as raw HTML: `<` followed by a letter, `/`, `!` or `?`.
const RAW_HTML = /<(?:\/?[A-Za-z][A-Za-z0-9-]*|!--|![A-Za-z]|\?)/g;
const PROGRAM_LINKS = [
  /\]\(\s*<?program:([^)\s>]*)/g, // [text](program:slug)
  /^ {0,3}\[[^\]]+\]:\s*<?program:([^\s>]*)/g, // [ref]: program:slug
  /<program:([^\s>]*)>/g, // <program:slug>
];

/**
 * Reads one `resources/<key>.<lng>.md` file: the first line is the title (`# Title`), then a
 * blank line, then the Markdown body. Also finds what the renderer would silently drop or
 * break (raw HTML) and the library links the loader must resolve. Code spans and fenced code
 * blocks are skipped, since `<div>` inside them is text that is shown as written.
 */
export function parseResourceMarkdown(source: string): ParsedResourceMarkdown {
  const lines = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const problems: string[] = [];

  const titleMatch = TITLE_LINE.exec(lines[0] ?? "");
  const title = titleMatch?.[1]?.replace(/\s+#+\s*$/, "").trim() ?? "";
  if (title === "") {
    problems.push('line 1: must be the title as a level-1 heading ("# Title")');
  } else if ((lines[1] ?? "").trim() !== "") {
    problems.push("line 2: must be blank (a blank line separates the title from the body)");
  }
  const body = lines.slice(titleMatch ? 1 : 0).join("\n").trim();
  if (body === "") problems.push("body: must not be empty (write the text after the title)");

  const programLinks: ProgramLink[] = [];
  forEachLineOutsideCode(lines, (text, lineNumber) => {
    if (lineNumber > 1 && LEVEL_ONE_HEADING.test(text)) {
      problems.push(`line ${lineNumber}: only the title may be a level-1 heading; use "##" here`);
    }
    const unescaped = text.replace(ESCAPED_CHARACTER, "  ");
    for (const pattern of PROGRAM_LINKS) {
      for (const match of unescaped.matchAll(pattern)) {
        programLinks.push({ slug: match[1] ?? "", line: lineNumber });
      }
    }
    const tags = [...unescaped.replace(AUTOLINK, "").matchAll(RAW_HTML)].map((m) => `"${m[0]}"`);
    if (tags.length > 0) {
      problems.push(
        `line ${lineNumber}: raw HTML is not allowed (it is not rendered), write Markdown instead: ${tags.join(", ")}`,
      );
    }
  });

  return { text: title === "" ? null : { title, body }, problems, programLinks };
}

/** Calls `visit` with each line (1-based number) minus fenced code blocks and code spans. */
function forEachLineOutsideCode(
  lines: readonly string[],
  visit: (text: string, lineNumber: number) => void,
): void {
  let openFence: string | null = null;
  lines.forEach((line, index) => {
    const fence = FENCE_OPEN.exec(line)?.[1];
    if (openFence !== null) {
      const closes =
        fence !== undefined &&
        fence[0] === openFence[0] &&
        fence.length >= openFence.length &&
        line.trim() === fence;
      if (closes) openFence = null;
      return;
    }
    if (fence !== undefined) {
      openFence = fence;
      return;
    }
    visit(withoutCodeSpans(line), index + 1);
  });
}

/** A run of N backticks opens a code span that the next run of exactly N backticks closes. */
function withoutCodeSpans(line: string): string {
  let out = "";
  let rest = line;
  for (;;) {
    const open = /(?<!\\)(`+)/.exec(rest);
    if (!open || open[1] === undefined) return out + rest;
    const ticks = open[1];
    const afterOpen = rest.slice(open.index + ticks.length);
    const close = new RegExp(`(?<!\`)${ticks}(?!\`)`).exec(afterOpen);
    if (close) {
      out += rest.slice(0, open.index) + " ";
      rest = afterOpen.slice(close.index + ticks.length);
    } else {
      // An unmatched run is literal text; a later, different run may still open a span.
      out += rest.slice(0, open.index + ticks.length);
      rest = afterOpen;
    }
  }
}
