"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult, ActionState } from "@/lib/actions/action-result";

/**
 * useActionState for forms whose fields are controlled: the form is submitted from onSubmit, so
 * React does not reset it afterwards, and what the person typed stays after a failure (a conflict
 * above all). The button that submitted the form is part of the data, as with a native submit.
 */
export function useSubmitAction<T>(
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>,
) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => dispatch(formData));
  };
  return [state, onSubmit, pending] as const;
}
