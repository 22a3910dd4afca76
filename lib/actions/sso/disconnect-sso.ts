"use server";

import { disconnectSso } from "@/lib/sso/disconnect-sso";
import { disconnectSsoInput } from "@/lib/sso/sso-input";
import { workspaceAction } from "../pipeline";

/** Single sign-on page: disconnect the provider (after a confirmation); a second submit answers the same. */
export const disconnectSsoAction = workspaceAction({
  useCase: disconnectSso,
  input: disconnectSsoInput,
  successMessageKey: "sso.disconnected",
  handler: ({ tx, ctx }) => disconnectSso({ tx, ctx }),
});
