import { describe, expect, it } from "vitest";
import { insightSettingsInput } from "./insight-settings-input";

const parse = (minimumGroupSize: unknown, ratingRefreshDays: unknown) =>
  insightSettingsInput.safeParse({ minimumGroupSize, ratingRefreshDays });

describe("insight settings input", () => {
  it("accepts whole numbers in range, from form strings", () => {
    expect(parse("3", "1").data).toEqual({ minimumGroupSize: 3, ratingRefreshDays: 1 });
    expect(parse(" 50 ", "365").data).toEqual({ minimumGroupSize: 50, ratingRefreshDays: 365 });
  });

  it("refuses k below 3 or above 50, and fractions, with a translation key", () => {
    for (const k of ["2", "51", "3.5", "", "three"]) {
      const result = parse(k, "30");
      expect(result.success, k).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("insights:settings.errors.minimumGroupSize");
    }
  });

  it("refuses a refresh interval outside 1–365 days", () => {
    for (const days of ["0", "366", "-1"]) {
      const result = parse("3", days);
      expect(result.error?.issues[0]?.message).toBe("insights:settings.errors.ratingRefreshDays");
    }
  });
});
