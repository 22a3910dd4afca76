// The operator's manual override of the DNS check (ADR 016): `npm run sso:verify-domain -- <org-slug>
// <domain>` marks a domain verified for an organization, adding it first when the owner has not.
// Plain SQL on a pg connection as the owner role (the end-to-end tests call it on theirs), in one
// transaction scoped to the organization by the same settings the app uses.
import { randomBytes, randomUUID } from "node:crypto";
import { ssoDomainName } from "./sso-input";

type Queryable = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
};

export type OperatorVerifyResult =
  | { ok: true; orgId: string; alreadyVerified: boolean }
  | { ok: false; reason: "invalid-domain" | "no-organization" | "taken" };

export async function verifyDomainAsOperator(
  client: Queryable,
  { orgSlug, domain: rawDomain }: { orgSlug: string; domain: string },
): Promise<OperatorVerifyResult> {
  const parsed = ssoDomainName.safeParse(rawDomain);
  if (!parsed.success) return { ok: false, reason: "invalid-domain" };
  const domain = parsed.data;
  await client.query("begin");
  try {
    await client.query("select set_config('app.operator_org_slug', $1, true)", [orgSlug]);
    const org = await client.query(`select id from "Organization" where slug = $1`, [orgSlug]);
    const orgId = org.rows[0]?.id as string | undefined;
    if (!orgId) {
      await client.query("rollback");
      return { ok: false, reason: "no-organization" };
    }
    await client.query(
      "select set_config('app.org_id', $1, true), set_config('app.operator_org_slug', '', true)",
      [orgId],
    );
    await client.query(
      `insert into "OrganizationDomain" (id, "organizationId", domain, "verificationToken")
       values ($1, $2, $3, $4) on conflict ("organizationId", domain) do nothing`,
      [randomUUID(), orgId, domain, randomBytes(16).toString("hex")],
    );
    const updated = await client.query(
      `update "OrganizationDomain" set "verifiedAt" = now(), "verifiedDomain" = domain
        where "organizationId" = $1 and domain = $2 and "verifiedAt" is null returning id`,
      [orgId, domain],
    );
    if (updated.rows.length > 0) {
      await client.query(
        `insert into "AuditEntry" (id, "organizationId", "actorId", action, "targetType", "targetId", data)
         values ($1, $2, null, 'organization.ssoDomainVerify', 'organization', $3, $4)`,
        [randomUUID(), orgId, orgId, JSON.stringify({ name: domain, how: "operator" })],
      );
    }
    await client.query("commit");
    return { ok: true, orgId, alreadyVerified: updated.rows.length === 0 };
  } catch (error) {
    await client.query("rollback");
    // 23505: the unique key on verifiedDomain, another organization verified it.
    if ((error as { code?: string }).code === "23505") return { ok: false, reason: "taken" };
    throw error;
  }
}
