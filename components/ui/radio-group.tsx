"use client";

import * as RadixRadioGroup from "@radix-ui/react-radio-group";
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

/** A radio group operated with arrow keys, announced as one group with its legend. */
export function RadioGroup({ legend, name, options, orientation = "vertical", ...props }: RadioGroupProps) {
  const legendId = useId();
  return (
    <div>
      <p id={legendId} className="mb-2 font-medium text-stone-900">
        {legend}
      </p>
      <RadixRadioGroup.Root
        name={name}
        aria-labelledby={legendId}
        orientation={orientation}
        className={cn("flex gap-2", orientation === "vertical" ? "flex-col" : "flex-row flex-wrap")}
        {...props}
      >
        {options.map((option) => {
          const id = `${legendId}-${option.value}`;
          return (
            <label
              key={option.value}
              htmlFor={id}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[[data-state=checked]]:border-accent-700 has-[[data-state=checked]]:bg-accent-50"
            >
              <RadixRadioGroup.Item
                id={id}
                value={option.value}
                className="mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full border-2 border-stone-500 bg-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600 data-[state=checked]:border-accent-700"
              >
                <RadixRadioGroup.Indicator className="size-2.5 rounded-full bg-accent-700" />
              </RadixRadioGroup.Item>
              <span>
                <span className="block font-medium text-stone-900">{option.label}</span>
                {option.description && (
                  <span className="block text-sm text-stone-600">{option.description}</span>
                )}
              </span>
            </label>
          );
        })}
      </RadixRadioGroup.Root>
    </div>
  );
}
