"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import { cn } from "@/lib/ui/cn";

export type WorkspaceNavItem = { href: string; labelKey: string };

/**
 * The workspace's sections the member may open. The page itself is marked aria-current="page"; on
 * a sub-page (a program's editor under Programs) its section, the longest link the address
 * starts with, is marked as the current location. The overview, prefix of every section, only
 * wins where no section does.
 */
export function WorkspaceNav({ items }: { items: WorkspaceNavItem[] }) {
  const { t } = useTranslation();
  const pathname = usePathname();
  const onSectionPage = items.some((item) => item.href === pathname);
  const section = onSectionPage
    ? null
    : items
        .filter((item) => pathname.startsWith(`${item.href}/`))
        .reduce<WorkspaceNavItem | null>(
          (best, item) => (!best || item.href.length > best.href.length ? item : best),
          null,
        );
  return (
    <nav aria-label={t("workspace.nav")}>
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {items.map((item) => {
          const exact = pathname === item.href;
          const inSection = item === section;
          const current = exact || inSection;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={exact ? "page" : inSection ? "true" : undefined}
                className={cn(
                  "inline-flex min-h-11 items-center border-b-3 px-3 font-medium whitespace-nowrap",
                  "focus-visible:outline-3 focus-visible:outline-offset-[-3px] focus-visible:outline-accent-600",
                  current
                    ? "border-accent-700 text-accent-800"
                    : "border-transparent text-stone-700 hover:border-stone-300 hover:text-stone-900",
                )}
              >
                {t(item.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
