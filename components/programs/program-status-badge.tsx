import { cn } from "@/lib/ui/cn";
import type { ProgramStatus } from "@/lib/programs/program-status";

/** Draft, published or archived, in words (never by colour alone). */
export function ProgramStatusBadge({ status, label }: { status: ProgramStatus; label: string }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium",
        status === "published"
          ? "bg-accent-700 text-white"
          : status === "archived"
            ? "bg-stone-200 text-stone-800"
            : "bg-amber-100 text-amber-900",
      )}
    >
      {label}
    </span>
  );
}
