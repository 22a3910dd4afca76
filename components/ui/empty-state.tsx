import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

type Sentence = {
  /** What is not there yet and, where the person can do something about it, what to do next. */
  children: ReactNode;
  /** A sentence is a paragraph; a sentence with a list or a link beside it, a div. */
  as?: "p" | "div";
  /** Smaller padding inside a card or beside other figures. */
  compact?: boolean;
};

type Titled = {
  /** A section of its own, named by its title: the whole page is empty. */
  title: ReactNode;
  /** The heading's id, for aria-labelledby. */
  titleId: string;
  icon?: ReactNode;
  /** What is not there yet. */
  children: ReactNode;
  /** What to do next: the buttons or links that start it. */
  actions?: ReactNode;
};

const box = "rounded-2xl border border-dashed border-stone-300 bg-white";

/** The dashed box that stands where a list or a table will be: nothing here yet, and what to do next. */
export function EmptyState(props: Sentence | Titled) {
  if ("titleId" in props) {
    const { title, titleId, icon, children, actions } = props;
    return (
      <section aria-labelledby={titleId} className={cn(box, "p-6 sm:p-8")}>
        {icon}
        <h2 id={titleId} className="mt-3 text-xl font-semibold text-stone-900">
          {title}
        </h2>
        <p className="mt-2 max-w-prose text-stone-700">{children}</p>
        {actions && <div className="mt-6">{actions}</div>}
      </section>
    );
  }
  const { children, as: Tag = "p", compact } = props;
  return <Tag className={cn(box, "text-stone-700", compact ? "p-5" : "p-6")}>{children}</Tag>;
}
