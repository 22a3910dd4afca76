"use server";

import { deleteAccountInput } from "@/lib/account/account-input";
import { deleteAccount } from "@/lib/account/delete-account";
import { userAction } from "../pipeline";

/**
 * "Delete my account": everything of the person, in every organization, their sessions included,
 * so the cookie they still hold names nothing. The dialog then loads the goodbye page afresh (no
 * redirect from here: it would render the page within this request, header still signed in).
 */
export const deleteAccountAction = userAction({
  input: deleteAccountInput,
  handler: ({ user, input }) => deleteAccount({ user, input }),
});
