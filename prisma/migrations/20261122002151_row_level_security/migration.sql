-- Hand-written: row-level security and grants that schema.prisma cannot express.
-- The application role (evne_app) is subject to every policy; FORCE makes them bind the table
-- owner too, so a mistake in a migration or seed cannot read across organizations either.
-- A request's tenant work runs in one transaction that first sets, with set_config(..., true):
--   app.org_id   the organization of the URL, checked against the person's membership
--   app.user_id  the signed-in person (lets them list their own memberships and organizations)
-- Unset settings read as NULL, which matches no row.

-- The public library is written by the seed (owner) only; the application may read it.
REVOKE INSERT, UPDATE, DELETE ON "LibraryProgram", "LibraryProgramVersion", "LibraryStatement", "LibraryResource" FROM evne_app;

-- Organization: the current tenant, plus the organizations the signed-in person is an active member of.
ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organization" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Organization"
  USING ("id"::text = current_setting('app.org_id', true))
  WITH CHECK ("id"::text = current_setting('app.org_id', true));
CREATE POLICY own_organizations ON "Organization" FOR SELECT
  USING (EXISTS (
    SELECT 1 FROM "Membership" m
    WHERE m."organizationId" = "Organization"."id"
      AND m."userId"::text = current_setting('app.user_id', true)
      AND m."status" = 'active'
  ));

-- Membership: the current tenant's, plus the signed-in person's own in any organization (read only).
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Membership"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));
CREATE POLICY own_memberships ON "Membership" FOR SELECT
  USING ("userId"::text = current_setting('app.user_id', true));

-- Invitation: the current tenant's, plus the one whose token hash the accept page presents.
ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Invitation"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));
CREATE POLICY presented_token ON "Invitation" FOR SELECT
  USING ("tokenHash" = current_setting('app.invitation_token_hash', true));

-- Plain tenant tables.
ALTER TABLE "Team" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Team" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Team"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "TeamMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TeamMember" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TeamMember"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "AuditEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEntry" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AuditEntry"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));
