-- Hand-written: row-level security for learning data, and rules schema.prisma cannot express.
--
-- Shared within the organization (progress, ratings for k-rule aggregates, help requests, challenge
-- goals with their counts): the same tenant_isolation policy as every tenant table.
-- Private to their author (notes on ratings, reflections, the challenge log): one policy that needs
-- both the organization AND the signed-in person (app.user_id). Permissive policies are OR'ed, so
-- these tables get only this policy: no manager, HR or owner query can read another person's rows.

ALTER TABLE "ResourceCompletion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ResourceCompletion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ResourceCompletion"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "Rating" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Rating" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Rating"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "CurrentRating" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CurrentRating" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CurrentRating"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "HelpRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "HelpRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "HelpRequest"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "ChallengeGoal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ChallengeGoal" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ChallengeGoal"
  USING ("organizationId"::text = current_setting('app.org_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true));

ALTER TABLE "RatingNote" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RatingNote" FORCE ROW LEVEL SECURITY;
CREATE POLICY author_only ON "RatingNote"
  USING ("organizationId"::text = current_setting('app.org_id', true)
         AND "userId"::text = current_setting('app.user_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true)
              AND "userId"::text = current_setting('app.user_id', true));

ALTER TABLE "Reflection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Reflection" FORCE ROW LEVEL SECURITY;
CREATE POLICY author_only ON "Reflection"
  USING ("organizationId"::text = current_setting('app.org_id', true)
         AND "userId"::text = current_setting('app.user_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true)
              AND "userId"::text = current_setting('app.user_id', true));

ALTER TABLE "ChallengeAttempt" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ChallengeAttempt" FORCE ROW LEVEL SECURITY;
CREATE POLICY author_only ON "ChallengeAttempt"
  USING ("organizationId"::text = current_setting('app.org_id', true)
         AND "userId"::text = current_setting('app.user_id', true))
  WITH CHECK ("organizationId"::text = current_setting('app.org_id', true)
              AND "userId"::text = current_setting('app.user_id', true));

-- One open help request per person and statement: a second "I'd like help" joins the open one.
-- (Value ranges, e.g. level 1–4, are checked by zod in lib/learning: CHECK constraints stop the
-- WebAssembly schema engine's drift check, ADR 002.)
CREATE UNIQUE INDEX "HelpRequest_open_key" ON "HelpRequest" ("organizationId", "membershipId", "statementId")
  WHERE "handledAt" IS NULL;
