// The single sign-on settings forms' input. Messages are translation keys (common namespace, sso.errors).
import { z } from "@/lib/validation/zod";
import { roles } from "@/lib/permissions/roles";

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const ssoSettingsInput = z.object({
  issuer: z
    .string()
    .trim()
    .max(500, { message: "sso.errors.issuer" })
    .pipe(z.url({ protocol: /^https?$/, message: "sso.errors.issuer" }))
    .transform((url) => url.replace(/\/+$/, "")),
  clientId: z
    .string()
    .trim()
    .min(1, { message: "sso.errors.clientId" })
    .max(300, { message: "sso.errors.clientId" }),
  /** Empty: keep the stored secret. */
  clientSecret: z.string().max(1000, { message: "sso.errors.clientSecret" }).default(""),
  required: checkbox,
  trustProviderEmails: checkbox,
  jitEnabled: checkbox,
  // Never owner: a provider's word alone must not make anyone an owner.
  jitRole: z
    .enum(roles.filter((role) => role !== "owner") as ["admin", "manager", "employee"], {
      message: "sso.errors.jitRole",
    })
    .default("employee"),
});

export type SsoSettingsInput = z.output<typeof ssoSettingsInput>;

/** A DNS name with at least one dot, letters, digits and hyphens, lower-cased. */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const ssoDomainName = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^@/, "").replace(/\.$/, ""))
  .pipe(z.string().regex(DOMAIN, { message: "sso.errors.domain" }));

export const addSsoDomainInput = z.object({ domain: ssoDomainName });

export const verifySsoDomainInput = z.object({ domainId: z.uuid({ message: "errors.fields.invalid" }) });

export const removeSsoDomainInput = verifySsoDomainInput;

/** Disconnecting names nothing: only the provider of the organization in the URL. */
export const disconnectSsoInput = z.object({});
