"use server";

import { ssoSettingsInput } from "@/lib/sso/sso-input";
import { saveSsoSettings } from "@/lib/sso/sso-settings";
import { workspaceAction } from "../pipeline";

/** Single sign-on page: the organization's provider, required or not, just-in-time membership. */
export const saveSsoSettingsAction = workspaceAction({
  useCase: saveSsoSettings,
  input: ssoSettingsInput,
  successMessageKey: "sso.saved",
  handler: ({ tx, ctx, input }) => saveSsoSettings({ tx, ctx, input }),
});
