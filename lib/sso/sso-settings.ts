// An organization's single sign-on settings (ADR 016): read without the secret, saved by an owner.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { Role } from "@/lib/permissions/roles";
import { SSO_CLIENT_SECRET_PURPOSE, sealSecret } from "./secret-box";
import type { SsoSettingsInput } from "./sso-input";

/** What the settings page shows: never the secret, only whether one is stored. */
export type SsoSettingsView = {
  configured: boolean;
  issuer: string;
  clientId: string;
  hasSecret: boolean;
  required: boolean;
  trustProviderEmails: boolean;
  jitEnabled: boolean;
  jitRole: Role;
};

type Args = { tx: TenantTx; ctx: WorkspaceContext };

export const getSsoSettings = defineUseCase({ permission: "organization.sso", run: getSsoSettingsUnchecked });
async function getSsoSettingsUnchecked({ tx, ctx }: Args): Promise<SsoSettingsView> {
  const row = await tx.organizationSso.findUnique({ where: { organizationId: ctx.orgId } });
  if (!row) {
    return {
      configured: false,
      issuer: "",
      clientId: "",
      hasSecret: false,
      required: false,
      trustProviderEmails: false,
      jitEnabled: false,
      jitRole: "employee",
    };
  }
  return {
    configured: true,
    issuer: row.issuer,
    clientId: row.clientId,
    hasSecret: row.clientSecretCiphertext !== "",
    required: row.required,
    trustProviderEmails: row.trustProviderEmails,
    jitEnabled: row.jitEnabled,
    jitRole: row.jitRole,
  };
}

export const saveSsoSettings = defineUseCase({
  permission: "organization.sso",
  run: saveSsoSettingsUnchecked,
});
async function saveSsoSettingsUnchecked({
  tx,
  ctx,
  input,
}: Args & { input: SsoSettingsInput }): Promise<{ saved: true }> {
  const before = await tx.organizationSso.findUnique({ where: { organizationId: ctx.orgId } });
  const secret = input.clientSecret.trim();
  if (!before && secret === "") {
    throw AppError.invalid({ fieldErrors: { clientSecret: "sso.errors.clientSecretRequired" } });
  }
  const settings = {
    issuer: input.issuer,
    clientId: input.clientId,
    required: input.required,
    trustProviderEmails: input.trustProviderEmails,
    jitEnabled: input.jitEnabled,
    jitRole: input.jitRole,
  };
  const clientSecretCiphertext = secret === "" ? undefined : sealSecret(SSO_CLIENT_SECRET_PURPOSE, secret);
  if (before) {
    await tx.organizationSso.update({
      where: { organizationId: ctx.orgId },
      data: { ...settings, ...(clientSecretCiphertext ? { clientSecretCiphertext } : {}) },
    });
  } else {
    await tx.organizationSso.create({
      data: { organizationId: ctx.orgId, ...settings, clientSecretCiphertext: clientSecretCiphertext ?? "" },
    });
  }
  // The audit entry says that the secret changed, never what it is.
  await recordAudit({
    tx,
    ctx,
    action: "organization.sso",
    targetType: "organization",
    targetId: ctx.orgId,
    data: { ...settings, secretReplaced: clientSecretCiphertext !== undefined },
  });
  return { saved: true };
}
