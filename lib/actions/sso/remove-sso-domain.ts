"use server";

import { removeSsoDomain } from "@/lib/sso/remove-sso-domain";
import { removeSsoDomainInput } from "@/lib/sso/sso-input";
import { workspaceAction } from "../pipeline";

/** Single sign-on page: remove a domain, pending or verified (after a confirmation). */
export const removeSsoDomainAction = workspaceAction({
  useCase: removeSsoDomain,
  input: removeSsoDomainInput,
  successMessageKey: "sso.domainRemoved",
  handler: ({ tx, ctx, input }) => removeSsoDomain({ tx, ctx, domainId: input.domainId }),
});
