"use client";

import { LayoutGrid } from "@/components/ui/icons";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import { Disclosure, menuListClasses } from "@/components/ui/disclosure";
import { navCurrent } from "@/lib/orgs/nav-current";
import { workspaceGroups } from "@/lib/orgs/workspace-pages";
import { cn } from "@/lib/ui/cn";
import type { WorkspaceNavItem } from "./workspace-nav";

/**
 * HR's and managers' pages on a small screen, in groups (People, Programs, Insights, Settings)
 * behind one button, instead of a strip of tabs scrolling sideways (issue 19). The learner's pages
 * are the tab bar at the bottom; this menu holds the rest, so the two reach every section.
 */
export function WorkspaceMenu({ items }: { items: WorkspaceNavItem[] }) {
  const { t } = useTranslation();
  const pathname = usePathname();
  const current = navCurrent(
    items.map((item) => item.href),
    pathname,
  );
  const groups = workspaceGroups
    .filter((group) => group !== "learning")
    .map((group) => ({
      group,
      entries: items.flatMap((item, index) =>
        item.group === group ? [{ item, marked: current[index] }] : [],
      ),
    }))
    .filter(({ entries }) => entries.length > 0);
  if (groups.length === 0) return null;
  const open = groups.some(({ entries }) => entries.some(({ marked }) => marked));
  return (
    <Disclosure
      summaryClassName={cn(
        "border px-3 font-medium",
        open ? "border-accent-700 text-accent-800" : "border-stone-300 text-stone-800 hover:bg-stone-100",
      )}
      panelClassName="right-0 w-72 max-w-[calc(100vw-2rem)]"
      summary={
        <>
          <LayoutGrid aria-hidden="true" className="size-5" />
          {t("workspace.menu")}
        </>
      }
    >
      <nav aria-label={t("workspace.nav")}>
        {groups.map(({ group, entries }) => (
          <div key={group} className="border-stone-200 py-1 not-first:border-t">
            <p id={`workspace-group-${group}`} className="px-3 pt-1 text-sm font-semibold text-stone-600">
              {t(`workspace.groups.${group}`)}
            </p>
            <ul
              aria-labelledby={`workspace-group-${group}`}
              className={cn(
                menuListClasses,
                "[&_a]:font-medium [&_a[aria-current]]:bg-accent-50 [&_a[aria-current]]:text-accent-800",
              )}
            >
              {entries.map(({ item, marked }) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={marked}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </Disclosure>
  );
}
