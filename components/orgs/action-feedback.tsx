import type { ActionState } from "@/lib/actions/action-result";

/**
 * The outcome of a small form: a confirmation in a polite status region, a failure as an alert.
 * The status region is always rendered, so screen readers announce what appears in it.
 */
export function ActionFeedback({ state, id }: { state: ActionState<unknown>; id?: string }) {
  const failure = state && !state.ok ? state : null;
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
}
