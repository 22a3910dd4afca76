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
      {/* The links' look from .workspace-nav, the current one's by aria-current (ADR 044). */}
      <ul className="workspace-nav">
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
