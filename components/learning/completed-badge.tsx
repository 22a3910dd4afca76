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
    // .done-badge in globals.css, icon included: a program page shows one per finished statement
    // (ADR 028, ADR 044).
    <p className={cn("done-badge", size === "sm" && "small", className)}>{label}</p>
  );
}
