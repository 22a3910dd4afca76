import { ChevronRight } from "@/components/ui/icons";
import Link from "next/link";

export type Crumb = { href?: string; label: string };

/** A breadcrumb trail; the last crumb is the current page. */
export function Breadcrumbs({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-1">
        {crumbs.map((crumb, index) => (
          <li key={`${crumb.label}-${index}`} className="flex items-center gap-1">
            {index > 0 && <ChevronRight aria-hidden="true" className="size-4 text-stone-400" />}
            {crumb.href ? (
              <Link
                href={crumb.href}
                className="rounded-sm underline decoration-stone-300 underline-offset-4 hover:text-stone-900 focus-visible:outline-3 focus-visible:outline-accent-600"
              >
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-stone-800">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
