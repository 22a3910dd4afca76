-- Hand-written: row-level security for per-organization single sign-on (ADR 016).

ALTER TABLE "OrganizationSso" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrganizationSso" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrganizationSso"
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

ALTER TABLE "OrganizationDomain" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrganizationDomain" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrganizationDomain"
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

-- Sign-in routing (lib/sso/sign-in-route.ts) knows an address, not an organization: a transaction
-- that names one domain in app.sso_domain may read the verified row of that domain, nothing else
-- (SELECT only). The organization's settings are then read in a transaction scoped to it alone.
CREATE POLICY sso_domain_lookup ON "OrganizationDomain" FOR SELECT
  USING ("verifiedDomain" = nullif(current_setting('app.sso_domain', true), ''));

-- The operator's manual override (npm run sso:verify-domain -- <slug> <domain>, connected as the
-- owner, which FORCE binds too) finds the organization by its slug: SELECT only, in a transaction
-- that names that slug. The domain is then written in a transaction scoped to that organization.
CREATE POLICY operator_slug_lookup ON "Organization" FOR SELECT
  USING (slug = nullif(current_setting('app.operator_org_slug', true), ''));
