// What every server action answers. Shared with client components (no "server-only").
import type { AppErrorCode } from "@/lib/errors/app-error";

export type ActionSuccess<T> = {
  ok: true;
  data: T;
  /** A translated confirmation for a status region, when the action has one. */
  message?: string;
};

export type ActionFailure = {
  ok: false;
  code: AppErrorCode;
  /** Translated, for the form's error summary. */
  error: string;
  /** Field name → translated message; the form shows each under its field. */
  fieldErrors: Record<string, string>;
  /** The text fields as submitted, so a form can show them again after React resets it. */
  values: Record<string, string>;
};

export type ActionResult<T> = ActionSuccess<T> | ActionFailure;

/** useActionState's state: null before the first submit. */
export type ActionState<T> = ActionResult<T> | null;
