"use server";

import { cookies } from "next/headers";
import { deleteAccountInput } from "@/lib/account/account-input";
import { deleteAccount } from "@/lib/account/delete-account";
import { userAction } from "../pipeline";

/** next-auth's session cookie, over http and over https. */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * "Delete my account": everything of the person, in every organization; then they are signed out.
 * The dialog then loads the goodbye page afresh, so no layout keeps showing the deleted person.
 */
export const deleteAccountAction = userAction({
  input: deleteAccountInput,
  handler: ({ user, input }) => deleteAccount({ user, input }),
  after: async () => {
    // The session row went with the user; the cookie that named it goes too.
    const jar = await cookies();
    for (const name of SESSION_COOKIES) jar.delete(name);
  },
});
