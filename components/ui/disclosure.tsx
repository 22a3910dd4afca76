"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** A menu list's links: their look once, from the .menu-links class in globals.css (ADR 044). */
export const menuListClasses = "menu-links";

/**
 * A menu that opens under its button: a native <details>, made to behave like a menu: Escape
 * closes it and gives focus back to the button, a click or focus outside closes it, and so does
 * following one of its links. Its content is rendered when it first opens: the header's and the
 * workspace's menus are on every page, and a page sends only what it shows (issue 17's budget).
 */
export function Disclosure({
  summary,
  children,
  className,
  summaryClassName,
  panelClassName,
}: {
  /** The button's content; give it a name (visible text or an sr-only span). */
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  summaryClassName?: string;
  panelClassName?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  const [opened, setOpened] = useState(false);

  // A link inside changes the address without a page load: the menu must not stay open over the page.
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    // Opened by a tap before the page's script ran: show the content now.
    if (details.open) setOpened(true);
    const close = (event: Event) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target))
        details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("focusin", close);
    details.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("focusin", close);
      details.removeEventListener("keydown", onKey);
    };
  }, []);

  return (
    <details
      ref={ref}
      className={cn("group relative", className)}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary
        className={cn("menu-button", summaryClassName)}
      >
        {summary}
      </summary>
      <div
        className={cn("menu-panel", panelClassName)}
      >
        {opened && children}
      </div>
    </details>
  );
}
