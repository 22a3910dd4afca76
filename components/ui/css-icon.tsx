// A decorative icon drawn by the stylesheet (`.icon-<name>` in app/globals.css): a span instead of
// an inline <svg>, for pages that must send the browser only what they show (ADR 043). Always
// hidden from screen readers: the text next to it says the same.
import { cn } from "@/lib/ui/cn";

export type CssIconName =
  | "arrow-left"
  | "arrow-up"
  | "arrow-down"
  | "shield-check"
  | "clock"
  | "download"
  | "circle-check"
  | "triangle-alert"
  | "circle-dashed"
  | "life-buoy"
  | "eye-off";

export function CssIcon({ name, className }: { name: CssIconName; className?: string }) {
  return <span aria-hidden="true" className={cn("css-icon", `icon-${name}`, className)} />;
}
