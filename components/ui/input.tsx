import { useId, type InputHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

export type InputProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  /** Help shown under the label, read by screen readers with the field. */
  hint?: string;
  /** A translated error message; marks the field invalid. */
  error?: string;
};

/** A labelled text field whose hint and error are tied to it for assistive technology. */
export function Input({ label, hint, error, id, className, ...props }: InputProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={inputId} className="font-medium text-stone-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={cn(
          "min-h-11 rounded-lg border bg-white px-3 py-2 text-base text-stone-900",
          "focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600",
          error ? "border-red-700" : "border-stone-400",
          className,
        )}
        {...props}
      />
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
