"use client";

import { useId } from "react";
import { cn } from "@/lib/ui/cn";

export type RadioOption = { value: string; label: string; description?: string };

export type RadioGroupProps = {
  /** The question the options answer; becomes the group's accessible name. */
  legend: string;
  name: string;
  options: RadioOption[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  disabled?: boolean;
  required?: boolean;
  orientation?: "horizontal" | "vertical";
};

/**
 * A radio group operated with arrow keys, announced as one group with its legend. Native radio
 * inputs: the browser gives the arrow keys, the form value and the announcements, with no script
 * library to ship (issue 17: the learner's rating form is on the statement page).
 */
export function RadioGroup({
  legend,
  name,
  options,
  orientation = "vertical",
  value,
  defaultValue,
  onValueChange,
  disabled,
  required,
}: RadioGroupProps) {
  const legendId = useId();
  return (
    <div>
      <p id={legendId} className="mb-2 font-medium text-stone-900">
        {legend}
      </p>
      <div
        role="radiogroup"
        aria-labelledby={legendId}
        aria-orientation={orientation}
        className={cn("flex gap-2", orientation === "vertical" ? "flex-col" : "flex-row flex-wrap")}
      >
        {options.map((option) => {
          const id = `${legendId}-${option.value}`;
          return (
            <label
              key={option.value}
              htmlFor={id}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[:checked]:border-accent-700 has-[:checked]:bg-accent-50"
            >
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                disabled={disabled}
                required={required}
                aria-describedby={option.description ? `${id}-description` : undefined}
                {...(value !== undefined
                  ? { checked: value === option.value }
                  : { defaultChecked: defaultValue === option.value })}
                onChange={(event) => {
                  if (event.target.checked) onValueChange?.(option.value);
                }}
                className="mt-0.5 flex size-5 shrink-0 cursor-pointer appearance-none items-center justify-center rounded-full border-2 border-stone-500 bg-white before:size-2.5 before:rounded-full before:content-[''] checked:border-accent-700 checked:before:bg-accent-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
              />
              <span>
                <span className="block font-medium text-stone-900">{option.label}</span>
                {/* Read as the option's description, not as part of its name. */}
                {option.description && (
                  <span id={`${id}-description`} aria-hidden="true" className="block text-sm text-stone-600">
                    {option.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
