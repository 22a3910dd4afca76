import "server-only";
import { AppError } from "@/lib/errors/app-error";

/**
 * Someone else saved the item after this form was opened. Thrown before anything is written (or
 * rolls the write back): the item keeps their text, and the form keeps this person's.
 */
export function staleEdit(): AppError {
  return AppError.conflict({ messageKey: "programs:errors.stale" });
}

/** Throws the conflict unless the form edited the version that is stored now. */
export function assertCurrentVersion(stored: number, edited: number): void {
  if (stored !== edited) throw staleEdit();
}
