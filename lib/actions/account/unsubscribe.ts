"use server";

import { unsubscribeInput } from "@/lib/account/account-input";
import { AppError } from "@/lib/errors/app-error";
import { unsubscribeWithToken } from "@/lib/notifications/mail-preferences";
import { tokenAction } from "../pipeline";

/**
 * The button on the unsubscribe page a notification mail links to: turns off the one kind of mail
 * its signed token names, for the person it names, without signing in. Opening the page changes
 * nothing (mail scanners open links); only this POST does. Twice is the same as once.
 */
export const unsubscribeAction = tokenAction({
  input: unsubscribeInput,
  handler: async ({ input }) => {
    const done = await unsubscribeWithToken(input.token);
    if (!done) throw AppError.notFound({ messageKey: "account:unsubscribe.invalid.short" });
    return done;
  },
});
