"use client";

import { useId, type ReactNode, type Ref } from "react";
import { cn } from "@/lib/ui/cn";

type Props = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the label: what is missing, or the Bokmål original to translate from. */
  hint?: ReactNode;
  error?: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  lang?: string;
  required?: boolean;
  className?: string;
  /** The text area itself (multiline only), e.g. to insert text where the cursor is. */
  textareaRef?: Ref<HTMLTextAreaElement>;
};

/** A labelled text field or text area whose hint and error are tied to it for assistive technology. */
export function TextField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  multiline,
  rows = 3,
  maxLength,
  lang,
  required,
  className,
  textareaRef,
}: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    name,
    value,
    maxLength,
    lang,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    className: cn(
      "w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900",
      "focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600",
      error ? "border-red-700" : "border-stone-400",
      !multiline && "min-h-11",
    ),
  };
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="font-medium text-stone-900">
        {label}
      </label>
      {hint && (
        <div id={hintId} className="text-sm text-stone-700">
          {hint}
        </div>
      )}
      {multiline ? (
        <textarea
          {...common}
          ref={textareaRef}
          rows={rows}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
