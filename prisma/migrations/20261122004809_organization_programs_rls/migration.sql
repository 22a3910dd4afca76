-- Hand-written: row-level security for the organization's programs and assignments
-- (the same tenant_isolation policy as every tenant table; see the row_level_security migration).
ALTER TABLE "Program" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Program" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Program"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "ProgramStatement" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProgramStatement" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProgramStatement"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "ProgramResource" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProgramResource" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProgramResource"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "Assignment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Assignment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Assignment"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));
