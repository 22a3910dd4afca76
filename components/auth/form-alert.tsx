import { CircleAlert } from "@/components/ui/icons";
import type { Ref } from "react";

/**
 * A form-level error. The live region is always in the page so that screen readers announce the
 * message when it appears; the form moves focus to it as well.
 */
export function FormAlert({
  ref,
  title,
  message,
}: {
  ref?: Ref<HTMLDivElement>;
  title: string;
  message?: string;
}) {
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={message ? -1 : undefined}
      className="rounded-xl focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
    >
      {message && (
        <div className="flex gap-3 rounded-xl border border-red-200 bg-red-50 p-4 text-red-900">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-red-800" />
          <div>
            <p className="font-semibold">{title}</p>
            <p className="mt-1">{message}</p>
          </div>
        </div>
      )}
    </div>
  );
}
