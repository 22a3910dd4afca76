"use client";

import { BookOpen, CircleUserRound, House, Target } from "@/components/ui/icons";
import type { Icon } from "@/components/ui/icon";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import { navCurrent } from "@/lib/orgs/nav-current";
import type { WorkspacePage } from "@/lib/orgs/workspace-pages";
import type { WorkspaceNavItem } from "./workspace-nav";

const tabOrder: WorkspacePage[] = ["overview", "learn", "challenge", "me"];

const icons: Partial<Record<WorkspacePage, Icon>> = {
  overview: House,
  learn: BookOpen,
  challenge: Target,
  me: CircleUserRound,
};

/**
 * The learner's pages as a tab bar at the bottom of a small screen, within reach of a thumb
 * (issue 19). Sticky at the end of <main>: it follows the page while scrolling and, at the end,
 * takes its own room above the footer, so it never hides the last lines of a page.
 */
export function WorkspaceTabBar({ items }: { items: WorkspaceNavItem[] }) {
  const { t } = useTranslation();
  const pathname = usePathname();
  // Marked against every section the member has, so a page under Members marks no tab.
  const current = navCurrent(
    items.map((item) => item.href),
    pathname,
  );
  // Home first, as on every phone's tab bar; the desktop tabs keep My programs first.
  const tabs = items
    .flatMap((item, index) =>
      item.group === "learning" ? [{ item, marked: current[index], Icon: icons[item.page] }] : [],
    )
    .sort((a, b) => tabOrder.indexOf(a.item.page) - tabOrder.indexOf(b.item.page));
  if (tabs.length === 0) return null;
  return (
    <nav
      aria-label={t("workspace.tabs")}
      className="sticky bottom-0 z-30 border-t border-stone-200 bg-white pb-[env(safe-area-inset-bottom)] lg:hidden"
    >
      {/* The links' look from .workspace-tabs, the current one's by aria-current (ADR 044). */}
      <ul className="workspace-tabs">
        {tabs.map(({ item, marked, Icon }) => (
          <li key={item.href} className="flex-1">
            <Link href={item.href} aria-current={marked}>
              {Icon && <Icon aria-hidden="true" className={marked ? "stroke-[2.5]" : undefined} />}
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
