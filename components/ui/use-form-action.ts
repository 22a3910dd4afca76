"use client";

import { startTransition, useActionState, useMemo, type FormEvent } from "react";
import type { ActionFailure, ActionResult, ActionState } from "@/lib/actions/action-result";
import type { ActionInput } from "@/lib/actions/pipeline";

/**
 * A server action as the pages hand it to a form: bound by the form to the scope it acts in
 * (`{ lang }` or `{ lang, orgSlug }`). The previous state is typed `never` because the pipeline
 * ignores it: any action result type fits, whatever its own state type says.
 */
export type ScopedAction<Scope, Result = unknown> = (
  scope: Scope,
  previous: never,
  input: FormData,
) => Promise<ActionResult<Result>>;

/** The same, called with an object rather than a form's data. */
export type DirectAction<Scope, Result = unknown> = (
  scope: Scope,
  previous: never,
  input: ActionInput,
) => Promise<ActionResult<Result>>;

/**
 * The action bound to its scope, for code that calls it directly rather than from a form (a
 * confirmation dialog, a switch). The scope's values are the memo key, so a new object with the
 * same language and organization does not make a new function.
 */
export function useBoundAction<Scope extends Record<string, string>, Result>(
  action: DirectAction<Scope, Result>,
  scope: NoInfer<Scope>,
): (input: ActionInput) => Promise<ActionResult<Result>> {
  const key = JSON.stringify(scope);
  return useMemo(() => {
    const bound = action.bind(null, JSON.parse(key) as Scope) as unknown as (
      previous: null,
      input: ActionInput,
    ) => Promise<ActionResult<Result>>;
    return (input: ActionInput) => bound(null, input);
  }, [action, key]);
}

export type FormAction<Result> = {
  /** null before the first submit, then the last result. */
  state: ActionState<Result>;
  /** The last result when it failed: its message, field errors and the values as submitted. */
  failure: ActionFailure | null;
  pending: boolean;
  /**
   * For `<form action>` with uncontrolled fields. Without `onResult` this is the bound server
   * action itself, so the form works before the page is hydrated (progressive enhancement);
   * React resets the fields after each submit.
   */
  formAction: (formData: FormData) => void;
  /**
   * For `<form onSubmit>` with controlled fields: React does not reset the form, so what the
   * person typed stays after a failure (a conflict above all). The button that submitted the
   * form is part of the data, as with a native submit.
   */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

/**
 * The one way a form calls a server action: binds it to its scope, keeps its state with
 * useActionState, and hands either `formAction` (uncontrolled fields) or `onSubmit` (controlled
 * fields). `onResult` runs after each answer with the data sent, e.g. to close a dialog or clear a selection.
 */
export function useFormAction<Scope extends Record<string, string>, Result>(
  action: ScopedAction<Scope, Result> | null | undefined,
  scope: NoInfer<Scope>,
  options: { onResult?: (result: ActionResult<Result>, formData: FormData) => void } = {},
): FormAction<Result> {
  const key = JSON.stringify(scope);
  const bound = useMemo(
    () =>
      action?.bind(null, JSON.parse(key) as Scope) as unknown as
        ((previous: ActionState<Result>, formData: FormData) => Promise<ActionResult<Result>>) | undefined,
    [action, key],
  );
  const { onResult } = options;
  const [state, dispatch, pending] = useActionState<ActionState<Result>, FormData>(
    onResult
      ? async (previous, formData) => {
          const result = await bound!(previous, formData);
          onResult(result, formData);
          return result;
        }
      : (bound ?? (async () => null)),
    null,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => dispatch(formData));
  };
  return {
    state,
    failure: state && !state.ok ? state : null,
    pending,
    formAction: dispatch,
    onSubmit,
  };
}
