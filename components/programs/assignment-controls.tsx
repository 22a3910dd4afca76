"use client";

import { CalendarClock, X } from "@/components/ui/icons";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { changeAssignmentDueDateAction } from "@/lib/actions/programs/change-assignment-due-date";
import type { removeAssignmentAction } from "@/lib/actions/programs/remove-assignment";
import type { Language } from "@/lib/i18n/settings";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  assignmentId: string;
  /** Who it is assigned to, for the controls' accessible names. */
  audienceLabel: string;
  /** "YYYY-MM-DD" or "". */
  dueDate: string;
  changeDueDate: typeof changeAssignmentDueDateAction;
  remove: typeof removeAssignmentAction;
};

/** An assignment's due date (set, move, clear) and the button that takes the program back. */
export function AssignmentControls({
  lang,
  orgSlug,
  assignmentId,
  audienceLabel,
  dueDate,
  changeDueDate,
  remove,
}: Props) {
  const { t } = useTranslation("programs");
  const scope = { lang, orgSlug };
  const { state: dueState, onSubmit: onDueSubmit, pending: duePending } = useFormAction(changeDueDate, scope);
  const {
    state: removeState,
    onSubmit: onRemoveSubmit,
    pending: removePending,
  } = useFormAction(remove, scope);
  const [value, setValue] = useState(dueDate);
  const id = useId();
  const dueError = dueState && !dueState.ok ? dueState.fieldErrors.dueDate : undefined;
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <form onSubmit={onDueSubmit} noValidate className="flex flex-col gap-2">
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1.5">
            <label htmlFor={id} className="text-sm font-medium text-stone-900">
              {t("assign.dueDateFor", { audience: audienceLabel })}
            </label>
            <input
              id={id}
              type="date"
              name="dueDate"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              aria-invalid={dueError ? true : undefined}
              className="min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
            />
          </div>
          <Button type="submit" variant="secondary" disabled={duePending}>
            <CalendarClock aria-hidden="true" className="size-4" />
            {t("assign.saveDueDate")}
          </Button>
        </div>
        <FormStatus state={dueState} />
      </form>
      <form onSubmit={onRemoveSubmit} className="flex flex-col gap-2 sm:items-end">
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <Button
          type="submit"
          variant="ghost"
          disabled={removePending}
          aria-label={t("assign.removeFor", { audience: audienceLabel })}
        >
          <X aria-hidden="true" className="size-4" />
          {t("assign.remove")}
        </Button>
        <FormStatus state={removeState} />
      </form>
    </div>
  );
}
