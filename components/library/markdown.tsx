import { ExternalLink } from "lucide-react";
import Link from "next/link";
import Markdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { Language } from "@/lib/i18n/settings";

const PROGRAM_LINK = /^program:([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Keeps `program:<slug>` links (resolved below) and otherwise applies react-markdown's own
 * allow-list, which drops javascript:, data: and every other unsafe protocol.
 */
function safeUrl(url: string): string {
  return PROGRAM_LINK.test(url) ? url : defaultUrlTransform(url);
}

/**
 * Renders program Markdown safely: raw HTML is skipped (never rendered), links to other library
 * programs become links in the reader's language, and links to other sites open with
 * rel="noopener noreferrer". Headings shift down so the page keeps one h1.
 */
export function ProgramMarkdown({
  source,
  lang,
  headingOffset = 2,
}: {
  source: string;
  lang: Language;
  headingOffset?: number;
}) {
  const heading = (level: number) => `h${Math.min(level + headingOffset, 6)}` as "h3";
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
    h1: ({ children }) => {
      const Tag = heading(1);
      return <Tag>{children}</Tag>;
    },
    h2: ({ children }) => {
      const Tag = heading(2);
      return <Tag>{children}</Tag>;
    },
    h3: ({ children }) => {
      const Tag = heading(3);
      return <Tag>{children}</Tag>;
    },
    img: () => null,
  };
  return (
    <Markdown skipHtml remarkPlugins={[remarkGfm]} urlTransform={safeUrl} components={components}>
      {source}
    </Markdown>
  );
}
