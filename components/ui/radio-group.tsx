"use client";

import { useId, type ReactNode } from "react";
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

export type RadioCardOption = {
  value: string;
  label: ReactNode;
  /** Under the label, inside it: part of the option's name, as the person reads it. */
  description?: ReactNode;
  /** The option's language, when it is a language's own name. */
  lang?: string;
};

export type RadioCardsProps = {
  legend: string;
  name: string;
  options: RadioCardOption[];
  /** Under the legend, tied to the group. */
  hint?: ReactNode;
  error?: string;
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  /** "row": side by side from sm up; "column": one under another; or grid classes for the options. */
  layout?: "row" | "column" | string;
  /** Room between the legend and the options when there is no hint; off where the options follow at once. */
  legendSpacing?: boolean;
};

/**
 * Radio cards: a fieldset of native radios (arrow keys, form value and announcements from the
 * browser, as in RadioGroup), each option a bordered card that shows which one is chosen.
 * The options' names include their descriptions, as the person reads them.
 */
export function RadioCards({
  legend,
  name,
  options,
  hint,
  error,
  value,
  defaultValue,
  onValueChange,
  layout = "row",
  legendSpacing = true,
}: RadioCardsProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy}>
      <legend className={cn("font-medium text-stone-900", !hint && legendSpacing && "mb-2")}>{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <div
        className={
          layout === "row"
            ? "flex flex-col gap-2 sm:flex-row"
            : layout === "column"
              ? "flex flex-col gap-2"
              : cn("grid gap-2", layout)
        }
      >
        {options.map((option) => (
          <label
            key={option.value}
            lang={option.lang}
            className={cn(
              "flex min-h-11 cursor-pointer gap-3 rounded-lg border border-stone-300 bg-white px-3",
              // A row of short options is as tall as a button, centred when one wraps; cards in a
              // column or a grid have more room and start at the top, beside their description.
              layout === "row" ? "items-center py-2" : "items-start py-3",
              "has-checked:border-accent-700 has-checked:bg-accent-50",
              "has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600",
              layout === "row" && "flex-1",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              {...(value !== undefined
                ? { checked: value === option.value }
                : { defaultChecked: defaultValue === option.value })}
              onChange={(event) => {
                if (event.target.checked) onValueChange?.(option.value);
              }}
              className={cn(
                "size-5 shrink-0 accent-accent-700 focus:outline-none",
                layout !== "row" && "mt-0.5",
              )}
            />
            <span className="flex flex-col">
              <span className="font-medium text-stone-900">{option.label}</span>
              {option.description && <span className="text-sm text-stone-600">{option.description}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
