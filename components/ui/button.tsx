import { Slot } from "@radix-ui/react-slot";
import type { ButtonHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

// The looks are classes in globals.css (.btn, .btn-<variant>, .btn-<size>): a page has dozens of
// buttons and sends each one's classes twice (markup and payload), ADR 028.
const variants = { primary: "btn-primary", secondary: "btn-secondary", ghost: "btn-ghost" } as const;

const sizes = { md: "btn-md", lg: "btn-lg", sm: "btn-sm" } as const;

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
  /** Render the child element (for example a link) with the button's look. */
  asChild?: boolean;
};

export function buttonClasses(variant: keyof typeof variants = "primary", size: keyof typeof sizes = "md") {
  return `btn ${variants[variant]} ${sizes[size]}`;
}

export function Button({ variant, size, asChild, className, type, ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return (
    <Component
      className={cn(buttonClasses(variant, size), className)}
      {...(asChild ? {} : { type: type ?? "button" })}
      {...props}
    />
  );
}
