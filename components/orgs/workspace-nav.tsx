"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import { navCurrent } from "@/lib/orgs/nav-current";
import type { WorkspaceGroup, WorkspacePage } from "@/lib/orgs/workspace-pages";

/** `label` is translated on the server: the sections' names live in their own namespaces (issue 17). */
export type WorkspaceNavItem = { href: string; label: string; page: WorkspacePage; group: WorkspaceGroup };

/** The workspace's sections the member may open; the current page or section is marked (navCurrent). */
export function WorkspaceNav({ items }: { items: WorkspaceNavItem[] }) {
  const { t } = useTranslation();
  const pathname = usePathname();
  const current = navCurrent(
    items.map((item) => item.href),
    pathname,
  );
  return (
    <nav aria-label={t("workspace.nav")}>
      {/* The links' look once on the list, the current one's by aria-current (the page sends what it shows). */}
      <ul className="-mb-px flex flex-wrap gap-1 [&_a]:inline-flex [&_a]:min-h-11 [&_a]:items-center [&_a]:border-b-3 [&_a]:border-transparent [&_a]:px-3 [&_a]:font-medium [&_a]:whitespace-nowrap [&_a]:text-stone-700 [&_a]:hover:border-stone-300 [&_a]:hover:text-stone-900 [&_a]:focus-visible:outline-3 [&_a]:focus-visible:outline-offset-[-3px] [&_a]:focus-visible:outline-accent-600 [&_a[aria-current]]:border-accent-700 [&_a[aria-current]]:text-accent-800">
        {items.map((item, index) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={current[index]}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
