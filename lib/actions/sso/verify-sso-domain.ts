"use server";

import { verifySsoDomain } from "@/lib/sso/sso-domains";
import { verifySsoDomainInput } from "@/lib/sso/sso-input";
import { workspaceAction } from "../pipeline";

/** Single sign-on page: look up the domain's DNS TXT record. */
export const verifySsoDomainAction = workspaceAction({
  useCase: verifySsoDomain,
  input: verifySsoDomainInput,
  successMessageKey: "sso.domainVerified",
  handler: ({ tx, ctx, input }) => verifySsoDomain({ tx, ctx, domainId: input.domainId }),
});
