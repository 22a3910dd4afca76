"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import { cn } from "@/lib/ui/cn";

export type WorkspaceNavItem = { href: string; labelKey: string };

/** The workspace's sections the member may open; the current one is marked for screen readers too. */
export function WorkspaceNav({ items }: { items: WorkspaceNavItem[] }) {
  const { t } = useTranslation();
  const pathname = usePathname();
  return (
    <nav aria-label={t("workspace.nav")}>
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {items.map((item) => {
          const current = pathname === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
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
