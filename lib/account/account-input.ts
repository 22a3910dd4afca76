// Inputs of "My data & privacy". Messages are translation keys (locales/<lng>/account.json).
import { z } from "@/lib/validation/zod";
import { notificationKinds, type NotificationKind } from "@/lib/notifications/notification-kinds";

export const setShareRatingsInput = z.object({
  share: z.stringbool({ error: "account:errors.invalid" }),
});
export type SetShareRatingsInput = z.output<typeof setShareRatingsInput>;

const mailSwitch = () => z.stringbool({ error: "account:errors.invalid" });

/** Every kind of notification mail, on or off: the whole set each time, so a save is idempotent. */
export const setMailPreferencesInput = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, mailSwitch()])) as Record<
    NotificationKind,
    ReturnType<typeof mailSwitch>
  >,
);
export type SetMailPreferencesInput = z.output<typeof setMailPreferencesInput>;

/** The signed token of a mail's unsubscribe link; what it says is checked by unsubscribeWithToken. */
export const unsubscribeInput = z.object({
  token: z.string().trim().min(1, { error: "account:unsubscribe.invalid.short" }).max(512, {
    error: "account:unsubscribe.invalid.short",
  }),
});
export type UnsubscribeInput = z.output<typeof unsubscribeInput>;

export const deleteAccountInput = z.object({
  /** Typed by the person as confirmation; compared with their own address, case-insensitively. */
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "account:delete.errors.emailRequired" })
    .max(320, { error: "account:delete.errors.emailMismatch" }),
});
export type DeleteAccountInput = z.output<typeof deleteAccountInput>;
