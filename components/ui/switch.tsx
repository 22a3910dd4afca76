import type { InputHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

export type SwitchProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "role">;

/**
 * An on/off switch: a native checkbox with the switch role, so Space toggles it and screen readers
 * say "on"/"off". The caller ties a label to it (htmlFor) and, for a description, aria-describedby.
 */
export function Switch({ className, ...props }: SwitchProps) {
  return (
    <input
      type="checkbox"
      role="switch"
      className={cn(
        "relative mt-1 h-7 w-12 shrink-0 cursor-pointer appearance-none rounded-full border-2 transition-colors",
        "border-stone-500 bg-stone-200 checked:border-accent-700 checked:bg-accent-700",
        "before:absolute before:top-0.5 before:left-0.5 before:size-5 before:rounded-full before:bg-white",
        "before:shadow before:ring-1 before:ring-stone-500 before:transition-transform checked:before:translate-x-5 checked:before:ring-accent-800",
        "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600 disabled:cursor-wait",
        className,
      )}
      {...props}
    />
  );
}
