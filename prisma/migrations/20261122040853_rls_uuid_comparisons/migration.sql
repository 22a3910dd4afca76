-- Hand-written: the row-level security policies compare uuids instead of text.
--
-- `"organizationId"::text = current_setting('app.org_id', true)` hides the column behind a cast:
-- the planner can neither use an index for it nor estimate it (it guesses 0.5 % of rows), and at
-- 10,000 people those wrong estimates chose merge joins that compared 150 million row pairs
-- (npm run bench, hr-overview: 36 s). Comparing the column itself with the setting cast once to a
-- uuid (an empty setting becomes NULL, which matches no row) keeps the same meaning and lets the
-- planner see an ordinary equality. The settings are written only by lib/db/tenant.ts, which checks
-- that they are UUIDs.
DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY[
    'Membership', 'Team', 'TeamMember', 'Invitation', 'AuditEntry', 'Program', 'ProgramStatement',
    'ProgramResource', 'Assignment', 'ResourceCompletion', 'Rating', 'CurrentRating', 'HelpRequest',
    'ChallengeGoal'
  ] LOOP
    EXECUTE format(
      'ALTER POLICY tenant_isolation ON %I
         USING ("organizationId" = nullif(current_setting(''app.org_id'', true), '''')::uuid)
         WITH CHECK ("organizationId" = nullif(current_setting(''app.org_id'', true), '''')::uuid)',
      tenant_table);
  END LOOP;
  FOREACH tenant_table IN ARRAY ARRAY['RatingNote', 'Reflection', 'ChallengeAttempt'] LOOP
    EXECUTE format(
      'ALTER POLICY author_only ON %I
         USING ("organizationId" = nullif(current_setting(''app.org_id'', true), '''')::uuid
                AND "userId" = nullif(current_setting(''app.user_id'', true), '''')::uuid)
         WITH CHECK ("organizationId" = nullif(current_setting(''app.org_id'', true), '''')::uuid
                     AND "userId" = nullif(current_setting(''app.user_id'', true), '''')::uuid)',
      tenant_table);
  END LOOP;
END
$$;

ALTER POLICY tenant_isolation ON "Organization"
  USING (id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (id = nullif(current_setting('app.org_id', true), '')::uuid);

ALTER POLICY own_memberships ON "Membership"
  USING ("userId" = nullif(current_setting('app.user_id', true), '')::uuid);

ALTER POLICY own_organizations ON "Organization"
  USING (EXISTS (
    SELECT 1 FROM "Membership" m
     WHERE m."organizationId" = "Organization".id
       AND m."userId" = nullif(current_setting('app.user_id', true), '')::uuid
       AND m.status = 'active'));
