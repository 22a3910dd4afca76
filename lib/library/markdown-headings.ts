import type { Heading, Nodes, Root } from "mdast";

type Depth = Heading["depth"];

/** Every heading in the tree, in document order. */
function headingsIn(node: Nodes, found: Heading[] = []): Heading[] {
  if (node.type === "heading") found.push(node);
  if ("children" in node) for (const child of node.children) headingsIn(child, found);
  return found;
}

/**
 * A remark plugin that fits a text's headings into the page's outline: the text's highest heading
 * level becomes `top` (the level right under the heading the text sits beneath), and each deeper
 * level used the next one down, so "##" under a page's h1 is an h2 and no level is skipped, however
 * the author numbered them (issue 19; the W3C checker flags skipped levels). Capped at h6.
 */
export function remarkHeadingsFrom(top: number) {
  return () => (tree: Root) => {
    const headings = headingsIn(tree);
    const levels = [...new Set(headings.map((heading) => heading.depth))].sort((a, b) => a - b);
    for (const heading of headings) {
      heading.depth = Math.min(top + levels.indexOf(heading.depth), 6) as Depth;
    }
  };
}
