-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "membershipId" UUID;

-- CreateIndex
CREATE INDEX "Assignment_organizationId_membershipId_idx" ON "Assignment"("organizationId", "membershipId");

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written note: the table's row-level security policies (organization_programs_rls) cover
-- the new column. A CHECK that only one of teamId/membershipId is set panics the wasm schema
-- engine's drift check, so assignProgram (the only writer) keeps that rule.
