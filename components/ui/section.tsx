import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

type Props = {
  /** The heading's id: the section is named by it (aria-labelledby). */
  id: string;
  title: ReactNode;
  /** A sentence under the heading. */
  description?: ReactNode;
  children: ReactNode;
  className?: string;
};

/** A white card with an h2 that names it: the block a settings or an admin page is made of. */
export function Section({ id, title, description, children, className }: Props) {
  return (
    <section
      aria-labelledby={id}
      className={cn("rounded-2xl border border-stone-200 bg-white p-6", className)}
    >
      <h2 id={id} className="text-xl font-semibold text-stone-900">
        {title}
      </h2>
      {description && <p className="mt-1 text-stone-700">{description}</p>}
      {children}
    </section>
  );
}
