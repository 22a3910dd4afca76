"use client";

import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import type { updateReminderSettingsAction } from "@/lib/actions/notifications/update-reminder-settings";
import type { Language } from "@/lib/i18n/settings";
import type { ReminderSettings } from "@/lib/notifications/reminder-settings";
import { REMINDER_DAY_CHOICES } from "@/lib/notifications/reminder-day-choices";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  settings: ReminderSettings;
  action: typeof updateReminderSettingsAction;
};

const choiceClasses =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 has-checked:border-accent-700 has-checked:bg-accent-50 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600";

/** Which days before a due date people are reminded, and whether the day after it passed. */
export function ReminderSettingsForm({ lang, orgSlug, settings, action }: Props) {
  const { t } = useTranslation("account");
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const shown = state?.ok ? state.data : settings;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium text-stone-900">{t("reminders.daysLegend")}</legend>
        <div className="grid gap-2 sm:grid-cols-4">
          {REMINDER_DAY_CHOICES.map((day) => (
            <label key={day} className={choiceClasses}>
              <input
                type="checkbox"
                name="daysBefore"
                value={day}
                defaultChecked={shown.daysBefore.includes(day)}
                className="size-5 accent-accent-700 focus:outline-none"
              />
              <span className="text-stone-900">{t("reminders.day", { count: day })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className={choiceClasses}>
        <input
          type="checkbox"
          name="overdue"
          value="true"
          defaultChecked={shown.overdue}
          className="size-5 accent-accent-700 focus:outline-none"
        />
        <span className="text-stone-900">{t("reminders.overdue")}</span>
      </label>
      <p className="text-sm text-stone-600">{t("reminders.none")}</p>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("reminders.saving") : t("reminders.submit")}
        </Button>
      </div>
      <FormStatus inline state={state} />
    </form>
  );
}
