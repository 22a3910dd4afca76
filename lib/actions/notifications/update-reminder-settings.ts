"use server";

import { updateReminderSettings } from "@/lib/notifications/reminder-settings";
import { reminderSettingsInput } from "@/lib/notifications/reminder-settings-input";
import { workspaceAction } from "../pipeline";

/** Settings page: the days due-date reminders go out on, or none. */
export const updateReminderSettingsAction = workspaceAction({
  useCase: updateReminderSettings,
  input: reminderSettingsInput,
  successMessageKey: "account:reminders.saved",
  handler: ({ tx, ctx, input }) => updateReminderSettings({ tx, ctx, input }),
});
