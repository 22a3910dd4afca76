-- Issue 22, ADR 035 and ADR 040: every tenant table keyed by organization first, as sharding by
-- organization with Citus needs (npm run db:shard-check). Prisma wrote the outline; the order is by
-- hand: a foreign key depends on the unique index it was created against, so the composite keys
-- that point at the old ("organizationId", id) unique indexes are dropped first and re-created,
-- with the same names and ON DELETE / ON UPDATE actions, against the new primary keys.

-- 1. The two foreign keys on an id alone (they depend on the old primary keys); re-created below
--    with organizationId.
ALTER TABLE "Assignment" DROP CONSTRAINT "Assignment_teamId_fkey";
ALTER TABLE "RatingNote" DROP CONSTRAINT "RatingNote_ratingId_fkey";

-- 2. The composite foreign keys that use the ("organizationId", id) unique indexes.
ALTER TABLE "Assignment" DROP CONSTRAINT "Assignment_organizationId_membershipId_fkey";
ALTER TABLE "Assignment" DROP CONSTRAINT "Assignment_organizationId_programId_fkey";
ALTER TABLE "ChallengeAttempt" DROP CONSTRAINT "ChallengeAttempt_organizationId_membershipId_fkey";
ALTER TABLE "ChallengeGoal" DROP CONSTRAINT "ChallengeGoal_organizationId_membershipId_fkey";
ALTER TABLE "CurrentRating" DROP CONSTRAINT "CurrentRating_organizationId_membershipId_fkey";
ALTER TABLE "CurrentRating" DROP CONSTRAINT "CurrentRating_organizationId_statementId_fkey";
ALTER TABLE "HelpRequest" DROP CONSTRAINT "HelpRequest_organizationId_membershipId_fkey";
ALTER TABLE "HelpRequest" DROP CONSTRAINT "HelpRequest_organizationId_statementId_fkey";
ALTER TABLE "ProgramResource" DROP CONSTRAINT "ProgramResource_organizationId_programId_fkey";
ALTER TABLE "ProgramResource" DROP CONSTRAINT "ProgramResource_organizationId_statementId_fkey";
ALTER TABLE "ProgramStatement" DROP CONSTRAINT "ProgramStatement_organizationId_programId_fkey";
ALTER TABLE "Rating" DROP CONSTRAINT "Rating_organizationId_membershipId_fkey";
ALTER TABLE "Rating" DROP CONSTRAINT "Rating_organizationId_statementId_fkey";
ALTER TABLE "RatingSnapshot" DROP CONSTRAINT "RatingSnapshot_organizationId_statementId_fkey";
ALTER TABLE "RatingSnapshot" DROP CONSTRAINT "RatingSnapshot_organizationId_teamId_fkey";
ALTER TABLE "Reflection" DROP CONSTRAINT "Reflection_organizationId_membershipId_fkey";
ALTER TABLE "Reflection" DROP CONSTRAINT "Reflection_organizationId_statementId_fkey";
ALTER TABLE "ResourceCompletion" DROP CONSTRAINT "ResourceCompletion_organizationId_membershipId_fkey";
ALTER TABLE "ResourceCompletion" DROP CONSTRAINT "ResourceCompletion_organizationId_resourceId_fkey";
ALTER TABLE "TeamMember" DROP CONSTRAINT "TeamMember_organizationId_membershipId_fkey";
ALTER TABLE "TeamMember" DROP CONSTRAINT "TeamMember_organizationId_teamId_fkey";

-- 3. Primary keys: ("organizationId", id); RatingNote's ("organizationId", "ratingId").
ALTER TABLE "Assignment" DROP CONSTRAINT "Assignment_pkey", ADD CONSTRAINT "Assignment_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "AuditEntry" DROP CONSTRAINT "AuditEntry_pkey", ADD CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "ChallengeAttempt" DROP CONSTRAINT "ChallengeAttempt_pkey", ADD CONSTRAINT "ChallengeAttempt_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "ChallengeGoal" DROP CONSTRAINT "ChallengeGoal_pkey", ADD CONSTRAINT "ChallengeGoal_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "HelpRequest" DROP CONSTRAINT "HelpRequest_pkey", ADD CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_pkey", ADD CONSTRAINT "Invitation_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_pkey", ADD CONSTRAINT "Membership_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_pkey", ADD CONSTRAINT "Notification_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "OrganizationDomain" DROP CONSTRAINT "OrganizationDomain_pkey", ADD CONSTRAINT "OrganizationDomain_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Program" DROP CONSTRAINT "Program_pkey", ADD CONSTRAINT "Program_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "ProgramResource" DROP CONSTRAINT "ProgramResource_pkey", ADD CONSTRAINT "ProgramResource_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "ProgramStatement" DROP CONSTRAINT "ProgramStatement_pkey", ADD CONSTRAINT "ProgramStatement_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Rating" DROP CONSTRAINT "Rating_pkey", ADD CONSTRAINT "Rating_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "RatingSnapshot" DROP CONSTRAINT "RatingSnapshot_pkey", ADD CONSTRAINT "RatingSnapshot_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Reflection" DROP CONSTRAINT "Reflection_pkey", ADD CONSTRAINT "Reflection_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Team" DROP CONSTRAINT "Team_pkey", ADD CONSTRAINT "Team_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "RatingNote" DROP CONSTRAINT "RatingNote_pkey", ADD CONSTRAINT "RatingNote_pkey" PRIMARY KEY ("organizationId", "ratingId");

-- 4. The ("organizationId", id) unique indexes are the primary keys now.
DROP INDEX "Invitation_organizationId_id_key";
DROP INDEX "Membership_organizationId_id_key";
DROP INDEX "OrganizationDomain_organizationId_id_key";
DROP INDEX "Program_organizationId_id_key";
DROP INDEX "ProgramResource_organizationId_id_key";
DROP INDEX "ProgramStatement_organizationId_id_key";
DROP INDEX "Team_organizationId_id_key";

-- 5. The foreign keys again, now against the primary keys; Assignment.teamId and
--    RatingNote.ratingId pair organizationId with organizationId (same CASCADE actions as before).
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_organizationId_programId_fkey" FOREIGN KEY ("organizationId", "programId") REFERENCES "Program"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ChallengeAttempt" ADD CONSTRAINT "ChallengeAttempt_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ChallengeGoal" ADD CONSTRAINT "ChallengeGoal_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CurrentRating" ADD CONSTRAINT "CurrentRating_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CurrentRating" ADD CONSTRAINT "CurrentRating_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProgramResource" ADD CONSTRAINT "ProgramResource_organizationId_programId_fkey" FOREIGN KEY ("organizationId", "programId") REFERENCES "Program"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProgramResource" ADD CONSTRAINT "ProgramResource_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProgramStatement" ADD CONSTRAINT "ProgramStatement_organizationId_programId_fkey" FOREIGN KEY ("organizationId", "programId") REFERENCES "Program"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RatingSnapshot" ADD CONSTRAINT "RatingSnapshot_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RatingSnapshot" ADD CONSTRAINT "RatingSnapshot_organizationId_teamId_fkey" FOREIGN KEY ("organizationId", "teamId") REFERENCES "Team"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ResourceCompletion" ADD CONSTRAINT "ResourceCompletion_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ResourceCompletion" ADD CONSTRAINT "ResourceCompletion_organizationId_resourceId_fkey" FOREIGN KEY ("organizationId", "resourceId") REFERENCES "ProgramResource"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_organizationId_teamId_fkey" FOREIGN KEY ("organizationId", "teamId") REFERENCES "Team"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_organizationId_teamId_fkey" FOREIGN KEY ("organizationId", "teamId") REFERENCES "Team"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RatingNote" ADD CONSTRAINT "RatingNote_organizationId_ratingId_fkey" FOREIGN KEY ("organizationId", "ratingId") REFERENCES "Rating"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 6. The two global lookups (ADR 040). Invitation.tokenHash and OrganizationDomain.verifiedDomain
--    were unique across organizations, which no sharded table can enforce. Each moves to a lookup
--    table keyed by the hash or the domain alone (a Citus reference table), which keeps that
--    uniqueness; the tenant tables' unique keys now name their organization.
CREATE TABLE "InvitationToken" (
    "tokenHash" TEXT NOT NULL,
    "organizationId" UUID NOT NULL,
    "invitationId" UUID NOT NULL,

    CONSTRAINT "InvitationToken_pkey" PRIMARY KEY ("tokenHash")
);

CREATE TABLE "VerifiedDomain" (
    "domain" TEXT NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "VerifiedDomain_pkey" PRIMARY KEY ("domain")
);

DROP INDEX "Invitation_tokenHash_key";
DROP INDEX "OrganizationDomain_verifiedDomain_key";
CREATE UNIQUE INDEX "Invitation_organizationId_tokenHash_key" ON "Invitation"("organizationId", "tokenHash");
CREATE UNIQUE INDEX "OrganizationDomain_organizationId_verifiedDomain_key" ON "OrganizationDomain"("organizationId", "verifiedDomain");

-- Backfill. FORCE binds the owner too, so the tenant tables are read with it lifted for these two
-- statements only (the migration's own transaction; nothing else runs in between).
ALTER TABLE "Invitation" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "OrganizationDomain" NO FORCE ROW LEVEL SECURITY;
INSERT INTO "InvitationToken" ("tokenHash", "organizationId", "invitationId")
  SELECT "tokenHash", "organizationId", "id" FROM "Invitation";
INSERT INTO "VerifiedDomain" ("domain", "organizationId")
  SELECT "verifiedDomain", "organizationId" FROM "OrganizationDomain" WHERE "verifiedDomain" IS NOT NULL;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
ALTER TABLE "OrganizationDomain" FORCE ROW LEVEL SECURITY;

-- Row-level security. Writes only in a transaction scoped to the row's organization (which is
-- where the triggers below run); reads by that organization, or of the one row whose hash or
-- domain the transaction names (app.invitation_token_hash, app.sso_domain), which reveals only
-- that row's organization id. The application role may only read: the triggers write.
ALTER TABLE "InvitationToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InvitationToken" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InvitationToken"
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY presented_token ON "InvitationToken" FOR SELECT
  USING ("tokenHash" = nullif(current_setting('app.invitation_token_hash', true), ''));

ALTER TABLE "VerifiedDomain" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "VerifiedDomain" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "VerifiedDomain"
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY sso_domain_lookup ON "VerifiedDomain" FOR SELECT
  USING ("domain" = nullif(current_setting('app.sso_domain', true), ''));

REVOKE INSERT, UPDATE, DELETE ON "InvitationToken", "VerifiedDomain" FROM evne_app;

-- The tenant tables are no longer read across organizations: the lookup tables answer which
-- organization, and the row itself is then read inside it (lib/db/tenant.ts).
DROP POLICY presented_token ON "Invitation";
DROP POLICY sso_domain_lookup ON "OrganizationDomain";

-- Triggers keep each lookup row in the same transaction as its tenant row, on every path that
-- writes one (the app, CSV import, raw SQL in tests, the operator's command, cascades from a
-- deleted organization). No foreign keys: Citus allows none from a reference table to a
-- distributed one. SECURITY DEFINER because the application role may not write the lookups; the
-- owner is bound by the same row-level security, so a trigger writes only rows of the
-- organization the transaction is scoped to.
CREATE FUNCTION invitation_token_sync() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."tokenHash" = NEW."tokenHash"
     AND OLD."organizationId" = NEW."organizationId" AND OLD."id" = NEW."id" THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM "InvitationToken"
     WHERE "tokenHash" = OLD."tokenHash" AND "organizationId" = OLD."organizationId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "InvitationToken" ("tokenHash", "organizationId", "invitationId")
      VALUES (NEW."tokenHash", NEW."organizationId", NEW."id");
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION invitation_token_sync() FROM PUBLIC;
CREATE TRIGGER invitation_token_sync AFTER INSERT OR UPDATE OR DELETE ON "Invitation"
  FOR EACH ROW EXECUTE FUNCTION invitation_token_sync();

CREATE FUNCTION verified_domain_sync() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."verifiedDomain" IS NOT DISTINCT FROM NEW."verifiedDomain"
     AND OLD."organizationId" = NEW."organizationId" THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."verifiedDomain" IS NOT NULL THEN
    DELETE FROM "VerifiedDomain"
     WHERE "domain" = OLD."verifiedDomain" AND "organizationId" = OLD."organizationId";
  END IF;
  -- The primary key on domain refuses a domain another organization verified (23505), as the
  -- unique index on OrganizationDomain.verifiedDomain did.
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."verifiedDomain" IS NOT NULL THEN
    INSERT INTO "VerifiedDomain" ("domain", "organizationId")
      VALUES (NEW."verifiedDomain", NEW."organizationId");
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION verified_domain_sync() FROM PUBLIC;
CREATE TRIGGER verified_domain_sync AFTER INSERT OR UPDATE OR DELETE ON "OrganizationDomain"
  FOR EACH ROW EXECUTE FUNCTION verified_domain_sync();
