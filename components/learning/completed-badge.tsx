import { CircleCheckBig } from "lucide-react";
import { cn } from "@/lib/ui/cn";

/**
 * The "done" state of a statement or a program (issue 19): an icon, the word and the success
 * colour together, so finishing shows at a glance and is never said by colour alone.
 */
export function CompletedBadge({
  label,
  size = "md",
  className,
}: {
  label: string;
  size?: "sm" | "md";
  className?: string;
}) {
  return (
    <p
      className={cn(
        "inline-flex items-center gap-2 self-start rounded-full bg-accent-700 font-semibold text-white",
        size === "sm" ? "px-2.5 py-0.5 text-sm" : "px-3 py-1",
        className,
      )}
    >
      <CircleCheckBig aria-hidden="true" className={size === "sm" ? "size-4" : "size-5"} />
      {label}
    </p>
  );
}
