import { useId, type ReactNode, type SelectHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";
import { Labelled } from "./field";

/** The look of every select in the app (filters, the members table's bulk action, team pickers). */
export const selectClasses =
  "min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  options: readonly { value: string; label: string }[];
  /** A first option with the value "" (e.g. "Any"), for filters that may be left unset. */
  emptyOption?: string;
  /** A first option that only asks to choose ("Choose a person"): it cannot be submitted. */
  placeholder?: string;
  /** Shown under the label and read with the select. */
  hint?: ReactNode;
  /** A translated error message; marks the select invalid. */
  error?: string;
};

/** A labelled select, like Field: the label, hint and error are tied to it for assistive technology. */
export function Select({
  label,
  options,
  emptyOption,
  placeholder,
  hint,
  error,
  id,
  className,
  ...props
}: SelectProps) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <Labelled id={selectId} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={selectId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cn(selectClasses, error && "border-red-700", className)}
          {...props}
        >
          {placeholder !== undefined && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}
