import NextLink from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

/** An in-app text link with a visible focus ring and an underline that does not rely on colour alone (`.text-link` in app/globals.css). */
export function TextLink({ className, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink className={cn("text-link", className)} {...props} />;
}
