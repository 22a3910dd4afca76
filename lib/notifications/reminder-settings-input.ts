// The reminder settings form's input (account namespace). Shared with the form.
import { z } from "@/lib/validation/zod";

/** The days before a due date an organization can be reminded on. */
export const REMINDER_DAY_CHOICES = [14, 7, 3, 1] as const;

export const reminderSettingsInput = z.object({
  // Checkboxes: each checked one arrives as its own value; none checked is "no reminders before".
  daysBefore: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(
        z.coerce
          .number()
          .refine((day) => (REMINDER_DAY_CHOICES as readonly number[]).includes(day), {
            error: "account:reminders.errors.days",
          }),
      )
      .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  ),
  overdue: z.stringbool({ error: "account:reminders.errors.days" }).optional().default(false),
});

export type ReminderSettingsInput = z.output<typeof reminderSettingsInput>;
