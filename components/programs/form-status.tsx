import type { ActionState } from "@/lib/actions/action-result";
import { cn } from "@/lib/ui/cn";

/**
 * A form's outcome: the confirmation in a polite status region (always rendered, so it is
 * announced), a failure as an alert. A conflict gets the most room: the person has to act on it.
 */
export function FormStatus({ state, className }: { state: ActionState<unknown>; className?: string }) {
  const failure = state && !state.ok ? state : null;
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <p role="status" className="text-sm font-medium text-accent-800 empty:hidden">
        {state?.ok ? state.message : null}
      </p>
      {failure && (
        <p
          role="alert"
          className={cn(
            "text-sm font-medium text-red-800",
            failure.code === "CONFLICT" &&
              "rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900",
          )}
        >
          {failure.error}
        </p>
      )}
    </div>
  );
}
