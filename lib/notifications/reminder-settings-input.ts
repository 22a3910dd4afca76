// The reminder settings form's input (account namespace). Shared with the form.
import { z } from "@/lib/validation/zod";
import { REMINDER_DAY_CHOICES } from "./reminder-day-choices";

export const reminderSettingsInput = z.object({
  // Checkboxes: each checked one arrives as its own value; none checked is "no reminders before".
  daysBefore: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(
        z.coerce.number().refine((day) => (REMINDER_DAY_CHOICES as readonly number[]).includes(day), {
          error: "account:reminders.errors.days",
        }),
      )
      .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  ),
  overdue: z.stringbool({ error: "account:reminders.errors.days" }).optional().default(false),
});

export type ReminderSettingsInput = z.output<typeof reminderSettingsInput>;
