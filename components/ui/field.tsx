import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

type Labelled = {
  label: string;
  /** Shown under the label and read with the field: what to write, or the Bokmål original to translate from. */
  hint?: ReactNode;
  /** A translated error message; marks the field invalid. */
  error?: string;
  /** For controlled fields: the new value, without the event. */
  onValueChange?: (value: string) => void;
};

export type FieldProps = InputHTMLAttributes<HTMLInputElement> & Labelled;
export type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> &
  Labelled & { ref?: React.Ref<HTMLTextAreaElement> };

const control = (error: string | undefined) =>
  cn(
    "rounded-lg border bg-white px-3 py-2 text-base text-stone-900",
    "focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600",
    error ? "border-red-700" : "border-stone-400",
  );

/** The label, hint and error around a control, with the ids that tie them to it for assistive technology. */
export function Labelled({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-medium text-stone-900">
        {label}
      </label>
      {hint && (
        <div id={hintId} className="text-sm text-stone-600">
          {hint}
        </div>
      )}
      {children([hintId, errorId].filter(Boolean).join(" ") || undefined)}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled text field (any input type) whose hint and error are tied to it. */
export function Field({ label, hint, error, id, className, onValueChange, onChange, ...props }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <Labelled id={inputId} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={inputId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cn("min-h-11", control(error), className)}
          onChange={
            onValueChange || onChange
              ? (event) => {
                  onChange?.(event);
                  onValueChange?.(event.target.value);
                }
              : undefined
          }
          {...props}
        />
      )}
    </Labelled>
  );
}

/** A labelled text area whose hint and error are tied to it. */
export function TextareaField({
  label,
  hint,
  error,
  id,
  className,
  rows = 3,
  onValueChange,
  onChange,
  ...props
}: TextareaFieldProps) {
  const generated = useId();
  const textareaId = id ?? generated;
  return (
    <Labelled id={textareaId} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={textareaId}
          rows={rows}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cn("w-full", control(error), className)}
          onChange={
            onValueChange || onChange
              ? (event) => {
                  onChange?.(event);
                  onValueChange?.(event.target.value);
                }
              : undefined
          }
          {...props}
        />
      )}
    </Labelled>
  );
}
