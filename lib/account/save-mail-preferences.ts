import "server-only";
import {
  getMailPreferences,
  setMailPreferences,
  type MailPreferences,
} from "@/lib/notifications/mail-preferences";
import { notificationKinds, type NotificationKind } from "@/lib/notifications/notification-kinds";
import type { SetMailPreferencesInput } from "./account-input";

export type SavedMailPreferences = {
  preferences: MailPreferences;
  /** The one switch this save flipped, for a confirmation that names it; null when none or several. */
  changed: { kind: NotificationKind; on: boolean } | null;
};

/**
 * The person's switches for notification mail on "My data & privacy". They belong to the account,
 * not to one organization: the same switches hold in every organization the person is in.
 */
export async function saveMailPreferences(options: {
  userId: string;
  input: SetMailPreferencesInput;
}): Promise<SavedMailPreferences> {
  const before = await getMailPreferences(options.userId);
  const preferences = await setMailPreferences({ userId: options.userId, preferences: options.input });
  const flipped = notificationKinds.filter((kind) => before[kind] !== preferences[kind]);
  const kind = flipped.length === 1 ? flipped[0]! : null;
  return { preferences, changed: kind ? { kind, on: preferences[kind] } : null };
}
