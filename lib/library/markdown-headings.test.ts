import type { Heading, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { remarkHeadingsFrom } from "./markdown-headings";

function depthsAfter(markdown: string, top: number): number[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  remarkHeadingsFrom(top)()(tree);
  return tree.children.filter((node): node is Heading => node.type === "heading").map((node) => node.depth);
}

describe("remarkHeadingsFrom", () => {
  it("makes a text's ## the level right under the page's heading", () => {
    expect(depthsAfter("## A\n\ntext\n\n### B\n\n## C", 2)).toEqual([2, 3, 2]);
    expect(depthsAfter("## A\n\n### B", 3)).toEqual([3, 4]);
  });

  it("closes the gaps an author leaves between levels", () => {
    expect(depthsAfter("# A\n\n#### B\n\n###### C", 2)).toEqual([2, 3, 4]);
  });

  it("stops at h6", () => {
    expect(depthsAfter("## A\n\n### B\n\n#### C", 5)).toEqual([5, 6, 6]);
  });

  it("leaves a text without headings alone", () => {
    expect(depthsAfter("Just a paragraph.", 2)).toEqual([]);
  });
});
