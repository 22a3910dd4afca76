// A decorative icon drawn by the stylesheet (`.icon-<name>` in app/css-icons.css): a span instead of
// an inline <svg>, for pages that must send the browser only what they show (ADR 043). Always
// hidden from screen readers: the text next to it says the same.
import { cn } from "@/lib/ui/cn";
import type { CssIconName } from "./css-icon-names";

export type { CssIconName };

export function CssIcon({ name, className }: { name: CssIconName; className?: string }) {
  return <span aria-hidden="true" className={cn("css-icon", `icon-${name}`, className)} />;
}
