"use client";

import * as RadixProgress from "@radix-ui/react-progress";
import { cn } from "@/lib/ui/cn";

export type ProgressBarProps = {
  /** What is measured, e.g. "Håndtere avvisning"; the accessible name of the bar. */
  label: string;
  value: number;
  max?: number;
  /** The value in words, e.g. "5 of 13 done"; read by screen readers and shown beside the bar. */
  valueText: string;
  className?: string;
};

/** A labelled progress bar whose meaning is also given in words, never by colour alone. */
export function ProgressBar({ label, value, max = 100, valueText, className }: ProgressBarProps) {
  const clamped = Math.min(Math.max(value, 0), max);
  const percent = max === 0 ? 0 : Math.round((clamped / max) * 100);
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 text-sm">
        <span className="font-medium text-stone-800">{label}</span>
        <span className="text-stone-700">{valueText}</span>
      </div>
      <RadixProgress.Root
        value={clamped}
        max={max}
        aria-label={label}
        aria-valuetext={valueText}
        getValueLabel={() => valueText}
        className="h-2.5 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <RadixProgress.Indicator
          className="h-full rounded-full bg-accent-700 transition-[width]"
          style={{ width: `${percent}%` }}
        />
      </RadixProgress.Root>
    </div>
  );
}
