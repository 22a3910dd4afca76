import type { ActionState } from "@/lib/actions/action-result";
import { cn } from "@/lib/ui/cn";

type Props = {
  state: ActionState<unknown>;
  className?: string;
  id?: string;
  /**
   * For a small form of a button or two (a row in a table, a switch): the two lines without a
   * wrapper, the confirmation in regular weight, and a failure names the first field error, since
   * such a form shows no field of its own to put it under.
   */
  inline?: boolean;
};

/**
 * A form's outcome: the confirmation in a polite status region (always rendered, so it is
 * announced), a failure as an alert. A conflict gets the most room: the person has to act on it.
 */
export function FormStatus({ state, className, id, inline }: Props) {
  const failure = state && !state.ok ? state : null;
  if (inline)
    return (
      <>
        <p id={id} role="status" className="text-sm text-accent-800 empty:hidden">
          {state?.ok ? state.message : null}
        </p>
        {failure && (
          <p role="alert" className="text-sm font-medium text-red-800">
            {Object.values(failure.fieldErrors)[0] ?? failure.error}
          </p>
        )}
      </>
    );
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <p id={id} role="status" className="text-sm font-medium text-accent-800 empty:hidden">
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
