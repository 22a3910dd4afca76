import { ExternalLink } from "@/components/ui/icons";
import Link from "next/link";
import type { ReactElement } from "react";
import Markdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { Language } from "@/lib/i18n/settings";
import { parseImagePath, type ImageSizes } from "@/lib/images/image-path";
import { remarkHeadingsFrom } from "@/lib/library/markdown-headings";

const PROGRAM_LINK = /^program:([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Keeps `program:<slug>` links (resolved below) and otherwise applies react-markdown's own
 * allow-list, which drops javascript:, data: and every other unsafe protocol.
 */
function safeUrl(url: string): string {
  return PROGRAM_LINK.test(url) ? url : defaultUrlTransform(url);
}

// Parsing Markdown is a good part of a resource page's work (issue 17), and a text is the same
// until someone edits it: the server keeps the rendered tree of the most recent texts, keyed by the
// text itself (a new revision is a new key), and hands the same elements to every request. React
// elements are immutable descriptions, safe to render again. Bounded: the least recently used go.
const RENDERED_LIMIT = 300;
const rendered = new Map<string, ReactElement>();

function renderOnce(key: string, render: () => ReactElement): ReactElement {
  // In the browser (the editor's preview) the text changes with every keystroke: nothing to keep.
  if (typeof window !== "undefined") return render();
  const hit = rendered.get(key);
  if (hit) {
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  const element = render();
  rendered.set(key, element);
  if (rendered.size > RENDERED_LIMIT) rendered.delete(rendered.keys().next().value!);
  return element;
}

/** Whose images a text may show: an organization's own resources show that organization's uploads. */
export type MarkdownImages = { orgSlug: string; sizes: ImageSizes };

/**
 * Renders program Markdown safely: raw HTML is skipped (never rendered), links to other library
 * programs become links in the reader's language, and links to other sites open with
 * rel="noopener noreferrer". Headings follow the page's outline: the text's highest level becomes
 * `topHeading`, the level right under the heading the text sits beneath (h2 under a page's h1).
 * Images are shown only when `images` names an organization and the image is served by its image
 * route (ADR 030); the library's texts, and any other image URL, show none.
 */
export function ProgramMarkdown({
  source,
  lang,
  topHeading,
  images,
}: {
  source: string;
  lang: Language;
  topHeading: 2 | 3 | 4 | 5 | 6;
  images?: MarkdownImages;
}) {
  const components: Components = {
    a({ href, children }) {
      const program = href ? PROGRAM_LINK.exec(href) : null;
      if (program) return <Link href={`/${lang}/library/${program[1]}`}>{children}</Link>;
      if (!href) return <>{children}</>;
      const external = /^https?:\/\//i.test(href);
      return external ? (
        <a href={href} rel="noopener noreferrer" target="_blank">
          {children}
          <ExternalLink aria-hidden="true" className="ml-0.5 inline size-3.5 align-baseline" />
        </a>
      ) : (
        <a href={href}>{children}</a>
      );
    },
    img({ src, alt }) {
      const target = typeof src === "string" ? parseImagePath(src) : null;
      if (!images || !target || target.orgSlug !== images.orgSlug) return null;
      const size = images.sizes[target.imageId];
      return (
        // eslint-disable-next-line @next/next/no-img-element -- already resized and served as stored (ADR 030)
        <img
          src={src as string}
          alt={alt ?? ""}
          width={size?.width}
          height={size?.height}
          loading="lazy"
          decoding="async"
          className="h-auto max-w-full rounded-lg"
        />
      );
    },
  };
  // Markdown is a plain function of its options (no hooks): called here, its tree can be kept.
  // The sizes belong to immutable image ids: the organization and which ids are known make the key.
  const imageKey = images ? `${images.orgSlug}:${Object.keys(images.sizes).sort().join(",")}` : "";
  return renderOnce(`${lang}\u0000${topHeading}\u0000${imageKey}\u0000${source}`, () =>
    Markdown({
      skipHtml: true,
      remarkPlugins: [remarkGfm, remarkHeadingsFrom(topHeading)],
      urlTransform: safeUrl,
      components,
      children: source,
    }),
  );
}
