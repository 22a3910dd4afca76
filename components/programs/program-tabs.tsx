import Link from "next/link";
import { cn } from "@/lib/ui/cn";

export type ProgramTab = { href: string; label: string; current: boolean };

/** The program's pages (texts, assignments); the current one is marked for screen readers too. */
export function ProgramTabs({ label, tabs }: { label: string; tabs: ProgramTab[] }) {
  return (
    <nav aria-label={label} className="border-b border-stone-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center border-b-3 px-3 font-medium whitespace-nowrap",
                "focus-visible:outline-3 focus-visible:outline-offset-[-3px] focus-visible:outline-accent-600",
                tab.current
                  ? "border-accent-700 text-accent-800"
                  : "border-transparent text-stone-700 hover:border-stone-300 hover:text-stone-900",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
