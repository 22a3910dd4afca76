import { useId, type SelectHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

/** The look of every select in the app (filters, the members table's bulk action, team pickers). */
export const selectClasses =
  "min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  options: readonly { value: string; label: string }[];
  /** A first option with the value "" (e.g. "Any"), for filters that may be left unset. */
  emptyOption?: string;
};

/** A labelled select, like Field: the label is tied to the field for assistive technology. */
export function Select({ label, options, emptyOption, id, className, ...props }: SelectProps) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={selectId} className="font-medium text-stone-900">
        {label}
      </label>
      <select id={selectId} className={cn(selectClasses, className)} {...props}>
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
