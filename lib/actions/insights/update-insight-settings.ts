"use server";

import { updateInsightSettings } from "@/lib/insights/insight-settings";
import { insightSettingsInput } from "@/lib/insights/insight-settings-input";
import { workspaceAction } from "../pipeline";

/** Settings page: k and the rating refresh interval. */
export const updateInsightSettingsAction = workspaceAction({
  useCase: updateInsightSettings,
  input: insightSettingsInput,
  successMessageKey: "insights:settings.saved",
  handler: ({ tx, ctx, input }) => updateInsightSettings({ tx, ctx, input }),
});
