import { describe, expect, it } from "vitest";
import { reminderSettingsInput } from "./reminder-settings-input";

describe("the reminder settings input", () => {
  it("takes the ticked days, largest first, once each, and the overdue reminder", () => {
    expect(reminderSettingsInput.parse({ daysBefore: ["1", "7", "7"], overdue: "true" })).toEqual({
      daysBefore: [7, 1],
      overdue: true,
    });
    expect(reminderSettingsInput.parse({ daysBefore: "3" })).toEqual({ daysBefore: [3], overdue: false });
  });

  it("reads nothing ticked as no reminders at all", () => {
    expect(reminderSettingsInput.parse({})).toEqual({ daysBefore: [], overdue: false });
  });

  it("refuses a day that is not offered", () => {
    const result = reminderSettingsInput.safeParse({ daysBefore: ["7", "100"] });
    expect(result.error?.issues[0]?.message).toBe("account:reminders.errors.days");
  });
});
