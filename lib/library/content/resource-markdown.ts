import type { Nodes, Root } from "mdast";
import { defaultUrlTransform } from "react-markdown";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
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
const PROGRAM_PREFIX = "program:";
// How a raw HTML node begins, quoted in the problem so the author finds it: `<tag`, `</tag`,
// `<!--`, `<!DOCTYPE`, `<?`.
const TAG_START = /<(?:\/?[A-Za-z][A-Za-z0-9-]*|!--|![A-Za-z]|\?)/g;

// The same parser and extensions as the renderer (components/library/markdown.tsx), so the check
// sees the tree that is rendered: what is code, text, a link or raw HTML is decided by CommonMark,
// not by patterns over lines (which took `a<b`, `<ola@example.no>` and an indented `<div>` for HTML).
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Reads one `resources/<key>.<lng>.md` file: the first line is the title (`# Title`), then a
 * blank line, then the Markdown body. Also finds what the renderer would silently drop or
 * break (raw HTML, links with a protocol it refuses, a second level-1 heading) and the library
 * links the loader must resolve.
 */
export function parseResourceMarkdown(source: string): ParsedResourceMarkdown {
  const normalized = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = normalized.split("\n");
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

  const { problems: treeProblems, programLinks } = checkTree(markdown.parse(normalized));
  return { text: title === "" ? null : { title, body }, problems: [...problems, ...treeProblems], programLinks };
}

/** Walks the Markdown tree in document order; problems come out sorted by line, one per kind and line. */
function checkTree(tree: Root): { problems: string[]; programLinks: ProgramLink[] } {
  const headings = new Set<number>();
  const images = new Set<number>();
  const tags = new Map<number, string[]>();
  const unsafeLinks = new Map<number, string[]>();
  const programLinks: ProgramLink[] = [];
  const add = (byLine: Map<number, string[]>, line: number, item: string) =>
    byLine.set(line, [...(byLine.get(line) ?? []), item]);

  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "heading" && node.depth === 1 && line > 1) headings.add(line);
    if (node.type === "html") {
      // A block of HTML spans lines: each tag is reported on the line it is written on.
      let quoted = 0;
      node.value.split("\n").forEach((text, offset) => {
        const found = [...text.matchAll(TAG_START)].map((match) => `"${match[0]}"`);
        if (found.length > 0) add(tags, line + offset, found.join(", "));
        quoted += found.length;
      });
      // HTML CommonMark knows that the pattern does not (`<![CDATA[`): quoted as it begins.
      if (quoted === 0) add(tags, line, `"${node.value.slice(0, 12)}"`);
    }
    // The library's programs are the same for every organization: an image would have to be served
    // to everyone, and images are an organization's own (lib/images, ADR 030).
    if (node.type === "image" || node.type === "imageReference") images.add(line);
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      if (node.url.startsWith(PROGRAM_PREFIX)) {
        programLinks.push({ slug: node.url.slice(PROGRAM_PREFIX.length), line });
      } else if (node.type !== "image" && defaultUrlTransform(node.url) === "" && node.url !== "") {
        add(unsafeLinks, line, `"${node.url}"`);
      }
    }
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);

  const lineNumbers = [...new Set([...headings, ...images, ...tags.keys(), ...unsafeLinks.keys()])].sort(
    (a, b) => a - b,
  );
  const problems = lineNumbers.flatMap((line) => [
    ...(headings.has(line) ? [`line ${line}: only the title may be a level-1 heading; use "##" here`] : []),
    ...(images.has(line) ? [`line ${line}: images are not allowed in library programs (they are not shown)`] : []),
    ...(tags.has(line)
      ? [`line ${line}: raw HTML is not allowed (it is not rendered), write Markdown instead: ${tags.get(line)!.join(", ")}`]
      : []),
    ...(unsafeLinks.has(line)
      ? [`line ${line}: links may use http, https or mailto (others are not rendered): ${unsafeLinks.get(line)!.join(", ")}`]
      : []),
  ]);
  return { problems, programLinks };
}

export interface MarkdownImage {
  url: string;
  alt: string;
  line: number;
}

/**
 * Every image a Markdown text would show, in document order: `![alt](url)`, and `![alt][ref]`
 * with the URL of its definition (react-markdown renders both). For the editor's check
 * (lib/images/resource-images.ts), which lets only the organization's own images through.
 */
export function findMarkdownImages(source: string): MarkdownImage[] {
  // Both kinds begin with "![": a text without it needs no parse (most resources, on every page view).
  if (!source.includes("![")) return [];
  const tree = markdown.parse(source.replace(/\r\n?/g, "\n"));
  const definitions = new Map<string, string>();
  const found: (MarkdownImage | { identifier: string; alt: string; line: number })[] = [];
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "definition") definitions.set(node.identifier, node.url);
    if (node.type === "image") found.push({ url: node.url, alt: node.alt ?? "", line });
    if (node.type === "imageReference") found.push({ identifier: node.identifier, alt: node.alt ?? "", line });
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
  return found.flatMap((image) => {
    if ("url" in image) return [image];
    // A reference without a definition is shown as plain text, not as an image.
    const url = definitions.get(image.identifier);
    return url === undefined ? [] : [{ url, alt: image.alt, line: image.line }];
  });
}
