import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** The classes of a page's h1, for the few pages whose header is their own design (a cover, a kicker). */
export const pageTitleClasses = "text-3xl font-bold tracking-tight break-words text-stone-900";

type Props = {
  title: ReactNode;
  /** The lead under the title: what the page is for. */
  description?: ReactNode;
  /** Buttons or links for what to do on the page, under the lead. */
  actions?: ReactNode;
  /** Anything else that belongs to the header, after the lead. */
  children?: ReactNode;
  /** Public pages (library, organizations) have a larger title on wider screens. */
  large?: boolean;
};

/** A page's h1 with its lead and actions: the same place, size and measure on every page. */
export function PageHeader({ title, description, actions, children, large }: Props) {
  return (
    <header className="flex flex-col gap-5">
      <div className="max-w-2xl">
        <h1 className={cn(pageTitleClasses, large && "sm:text-4xl")}>{title}</h1>
        {description && <p className="mt-3 text-lg text-stone-700">{description}</p>}
        {children}
      </div>
      {actions && <div className="flex flex-wrap gap-3">{actions}</div>}
    </header>
  );
}
