// Shared by the reminder settings form and its input schema (reminder-settings-input.ts); kept free
// of zod so the form does not ship it to the browser (issue 17).

/** The days before a due date an organization can be reminded on. */
export const REMINDER_DAY_CHOICES = [14, 7, 3, 1] as const;
