import { describe, expect, it } from "vitest";
import { findMarkdownImages, parseResourceMarkdown } from "./resource-markdown";

describe("parseResourceMarkdown", () => {
  it("takes the title from the first line and trims the body", () => {
    expect(parseResourceMarkdown("\uFEFF# Hva er avvisning? #\r\n\r\nFørste avsnitt.\r\n\r\n## Mer\r\n\r\n")).toEqual({
      text: { title: "Hva er avvisning?", body: "Første avsnitt.\n\n## Mer" },
      problems: [],
      programLinks: [],
    });
  });

  it("requires a title line, a blank line after it and a body", () => {
    expect(parseResourceMarkdown("#Title\n\nBody").problems).toEqual([
      'line 1: must be the title as a level-1 heading ("# Title")',
    ]);
    expect(parseResourceMarkdown("## Title\n\nBody").text).toBeNull();
    expect(parseResourceMarkdown("# Title\nBody").problems).toEqual([
      "line 2: must be blank (a blank line separates the title from the body)",
    ]);
    expect(parseResourceMarkdown("# Title\n\n  \n").problems).toEqual([
      "body: must not be empty (write the text after the title)",
    ]);
    expect(parseResourceMarkdown("").problems).toHaveLength(2);
  });

  it("allows only one level-1 heading", () => {
    expect(parseResourceMarkdown("# Title\n\nText\n\n# Again\n\n#hashtag").problems).toEqual([
      'line 5: only the title may be a level-1 heading; use "##" here',
    ]);
  });

  it("finds raw HTML outside code, ignoring code spans, fences, autolinks, escapes and comparisons", () => {
    const source = [
      "# Title", // 1
      "", // 2
      "Use `<div>` or ``a `<b>` c`` in code; 3 < 4 and <3.", // 3
      "See <https://example.com> or <mailto:a@example.com>; \\<em> is escaped.", // 4
      "```html", // 5
      "<script>alert(1)</script>", // 6
      "````", // 7: closes the fence (longer is fine)
      "Text <br/> and <!-- note --> and </p>", // 8
      "~~~", // 9
      "<iframe>", // 10: unclosed fence, still code
    ].join("\n");
    expect(parseResourceMarkdown(source).problems).toEqual([
      'line 8: raw HTML is not allowed (it is not rendered), write Markdown instead: "<br", "<!--", "</p"',
    ]);
  });

  it("does not treat a lone backtick as the start of a code span", () => {
    expect(parseResourceMarkdown("# T\n\nIt` is <b>bold</b>").problems).toEqual([
      'line 3: raw HTML is not allowed (it is not rendered), write Markdown instead: "<b", "</b"',
    ]);
  });

  it("collects program: links with their line, outside code", () => {
    const source = "# T\n\nSee [A](program:avvisningsarsaker) and <program:takle-jobbavslag>.\n\n`[B](program:in-code)`\n\n[ref]: program:handtere-avvisning";
    expect(parseResourceMarkdown(source).programLinks).toEqual([
      { slug: "avvisningsarsaker", line: 3 },
      { slug: "takle-jobbavslag", line: 3 },
      { slug: "handtere-avvisning", line: 7 },
    ]);
  });
});

describe("parseResourceMarkdown decides on the Markdown tree", () => {
  it("takes an indented code block with <div> as code", () => {
    const source = "# T\n\nAn example:\n\n    <div class=\"box\">shown as written</div>\n\nAfter.";
    expect(parseResourceMarkdown(source).problems).toEqual([]);
  });

  it("takes a<b as text and <ola@example.no> as an e-mail link", () => {
    expect(parseResourceMarkdown("# T\n\nIf a<b, swap a and b.").problems).toEqual([]);
    expect(parseResourceMarkdown("# T\n\nWrite to <ola@example.no>.").problems).toEqual([]);
  });

  it("still finds HTML in those places when it is HTML", () => {
    expect(parseResourceMarkdown("# T\n\n<div>\n<p>block</p>\n</div>\n\nText <b>b</b>").problems).toEqual([
      'line 3: raw HTML is not allowed (it is not rendered), write Markdown instead: "<div"',
      'line 4: raw HTML is not allowed (it is not rendered), write Markdown instead: "<p", "</p"',
      'line 5: raw HTML is not allowed (it is not rendered), write Markdown instead: "</div"',
      'line 7: raw HTML is not allowed (it is not rendered), write Markdown instead: "<b", "</b"',
    ]);
  });

  it("refuses links the renderer drops (javascript:, data:, vbscript:) and keeps http, mailto and relative ones", () => {
    const source = [
      "# T",
      "",
      "[a](javascript:alert(1)) [b](https://example.no) [c](mailto:ola@example.no) [d](/nb/library)",
      "",
      "[ref]: data:text/html;base64,PHNjcmlwdD4=",
      "",
      "<vbscript:msgbox>",
    ].join("\n");
    expect(parseResourceMarkdown(source).problems).toEqual([
      'line 3: links may use http, https or mailto (others are not rendered): "javascript:alert(1)"',
      'line 5: links may use http, https or mailto (others are not rendered): "data:text/html;base64,PHNjcmlwdD4="',
      'line 7: links may use http, https or mailto (others are not rendered): "vbscript:msgbox"',
    ]);
  });

  it("takes a setext heading of level one for what it is", () => {
    expect(parseResourceMarkdown("# T\n\nAgain\n=====\n").problems).toEqual([
      'line 3: only the title may be a level-1 heading; use "##" here',
    ]);
  });
});

describe("images", () => {
  it("are refused in library programs, inline or by reference, on their line", () => {
    const source = "# T\n\nText ![A chart](/o/acme/images/x)\n\n![B][b]\n\n[b]: https://example.no/b.png";
    expect(parseResourceMarkdown(source).problems).toEqual([
      "line 3: images are not allowed in library programs (they are not shown)",
      "line 5: images are not allowed in library programs (they are not shown)",
    ]);
  });

  it("are found with their URL, alt text and line, a reference through its definition", () => {
    const source = "Intro\n\n![A chart](/o/acme/images/1)\n\n```\n![not an image](x)\n```\n\n![](b.png) ![Ref][r] ![Lost][none]\n\n[r]: /o/acme/images/2";
    expect(findMarkdownImages(source)).toEqual([
      { url: "/o/acme/images/1", alt: "A chart", line: 3 },
      { url: "b.png", alt: "", line: 9 },
      { url: "/o/acme/images/2", alt: "Ref", line: 9 },
    ]);
    expect(findMarkdownImages("No images [a link](https://example.no) here")).toEqual([]);
  });
});
