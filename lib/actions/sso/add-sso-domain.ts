"use server";

import { addSsoDomain } from "@/lib/sso/sso-domains";
import { addSsoDomainInput } from "@/lib/sso/sso-input";
import { workspaceAction } from "../pipeline";

/** Single sign-on page: claim an email domain; it is usable once verified. */
export const addSsoDomainAction = workspaceAction({
  useCase: addSsoDomain,
  input: addSsoDomainInput,
  successMessageKey: "sso.domainAdded",
  handler: ({ tx, ctx, input }) => addSsoDomain({ tx, ctx, domain: input.domain }),
});
