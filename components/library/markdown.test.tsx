import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProgramMarkdown } from "./markdown";

const id = "0195f3a0-1234-7abc-8def-0123456789ab";
const other = "0195f3a0-1234-7abc-8def-0123456789ac";
const render = (source: string, images?: Parameters<typeof ProgramMarkdown>[0]["images"]) =>
  renderToStaticMarkup(<ProgramMarkdown source={source} lang="nb" topHeading={2} images={images} />);

describe("images in program Markdown", () => {
  const source = `![A chart](/o/acme/images/${id})\n\n![Unknown size](/o/acme/images/${other})`;

  it("shows the organization's own images, sized when the size is known, lazily", () => {
    const html = render(source, { orgSlug: "acme", sizes: { [id]: { width: 1600, height: 800 } } });
    expect(html).toContain(
      `<img src="/o/acme/images/${id}" alt="A chart" width="1600" height="800" loading="lazy" decoding="async" class="h-auto max-w-full rounded-lg"/>`,
    );
    expect(html).toContain(`<img src="/o/acme/images/${other}" alt="Unknown size" loading="lazy"`);
  });

  it("shows no image in library texts, from another organization or from anywhere else", () => {
    expect(render(source)).not.toContain("<img");
    expect(render(source, { orgSlug: "other", sizes: {} })).not.toContain("<img");
    const foreign =
      "![x](https://evil.example/a.png) ![y](data:image/png;base64,AAAA) ![z](/nb/o/acme/images/1)";
    expect(render(foreign, { orgSlug: "acme", sizes: {} })).not.toContain("<img");
  });
});
