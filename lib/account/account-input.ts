// Inputs of "My data & privacy". Messages are translation keys (locales/<lng>/account.json).
import { z } from "zod";

export const setShareRatingsInput = z.object({
  share: z.stringbool({ error: "account:errors.invalid" }),
});
export type SetShareRatingsInput = z.output<typeof setShareRatingsInput>;

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
