// The kinds of notification mail, each with its own switch on the person's page and its own
// one-click unsubscribe (issue 16). Sign-in and invitation mail are not notifications: nobody can
// turn them off.
export const notificationKinds = ["assigned", "dueReminder", "rateAgain", "digest"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (notificationKinds as readonly string[]).includes(value);
}
