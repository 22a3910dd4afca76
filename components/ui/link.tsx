import NextLink from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

/** An in-app text link with a visible focus ring and an underline that does not rely on colour alone. */
export function TextLink({ className, ...props }: ComponentProps<typeof NextLink>) {
  return (
    <NextLink
      className={cn(
        "rounded-sm font-medium text-accent-800 underline decoration-accent-300 underline-offset-4 hover:decoration-accent-700",
        "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600",
        className,
      )}
      {...props}
    />
  );
}
