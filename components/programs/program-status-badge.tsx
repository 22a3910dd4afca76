import { cn } from "@/lib/ui/cn";

/** Draft or published, in words (never by colour alone). */
export function ProgramStatusBadge({ status, label }: { status: "draft" | "published"; label: string }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium",
        status === "published" ? "bg-accent-700 text-white" : "bg-amber-100 text-amber-900",
      )}
    >
      {label}
    </span>
  );
}
