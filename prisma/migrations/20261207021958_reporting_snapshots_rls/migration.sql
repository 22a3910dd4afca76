-- Hand-written: row-level security for the reporting snapshots (ADR 014), and the one way the
-- snapshot scheduler may list organizations whose nightly run is due.

ALTER TABLE "RatingSnapshot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RatingSnapshot" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "RatingSnapshot"
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

-- The scheduler (lib/insights/snapshots/run-due-snapshots.ts) reads which organizations are due,
-- nothing else: SELECT only, and only in a transaction that says it is the scheduler. Each
-- organization's run then happens in a transaction scoped to that organization alone.
CREATE POLICY snapshot_scheduler ON "Organization" FOR SELECT
  USING (current_setting('app.scheduler', true) = 'rating-snapshots');
