"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import { navCurrent } from "@/lib/orgs/nav-current";
import type { WorkspaceGroup, WorkspacePage } from "@/lib/orgs/workspace-pages";
import { cn } from "@/lib/ui/cn";

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
      <ul className="-mb-px flex gap-1 overflow-x-auto md:flex-wrap md:overflow-visible">
        {items.map((item, index) => {
          const marked = current[index];
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={marked}
                className={cn(
                  "inline-flex min-h-11 items-center border-b-3 px-3 font-medium whitespace-nowrap",
                  "focus-visible:outline-3 focus-visible:outline-offset-[-3px] focus-visible:outline-accent-600",
                  marked
                    ? "border-accent-700 text-accent-800"
                    : "border-transparent text-stone-700 hover:border-stone-300 hover:text-stone-900",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
