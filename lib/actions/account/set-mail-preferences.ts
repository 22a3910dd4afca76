"use server";

import { setMailPreferencesInput } from "@/lib/account/account-input";
import { saveMailPreferences, type SavedMailPreferences } from "@/lib/account/save-mail-preferences";
import { userAction } from "../pipeline";

/**
 * "Email notifications" on "My data & privacy": one switch per kind of notification mail. The
 * switches are the account's (every organization), so this is the signed-in person's own action
 * outside any workspace; it can only ever change their own.
 */
export const setMailPreferencesAction = userAction({
  input: setMailPreferencesInput,
  successMessageKey: (result: SavedMailPreferences) =>
    result.changed
      ? `account:mailPreferences.kinds.${result.changed.kind}.${result.changed.on ? "turnedOn" : "turnedOff"}`
      : "account:mailPreferences.saved",
  handler: ({ user, input }) => saveMailPreferences({ userId: user.id, input }),
});
