// The settings form's input. Messages are translation keys (insights namespace). Shared with the form.
import { z } from "zod";
import { MINIMUM_GROUP_CEILING, MINIMUM_GROUP_FLOOR } from "./minimum-group";

export const RATING_REFRESH_MIN_DAYS = 1;
export const RATING_REFRESH_MAX_DAYS = 365;

const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : value),
    z.number({ message }).int({ message }).min(min, { message }).max(max, { message }),
  );

export const insightSettingsInput = z.object({
  minimumGroupSize: wholeNumber(
    "insights:settings.errors.minimumGroupSize",
    MINIMUM_GROUP_FLOOR,
    MINIMUM_GROUP_CEILING,
  ),
  ratingRefreshDays: wholeNumber(
    "insights:settings.errors.ratingRefreshDays",
    RATING_REFRESH_MIN_DAYS,
    RATING_REFRESH_MAX_DAYS,
  ),
});

export type InsightSettingsInput = z.output<typeof insightSettingsInput>;
