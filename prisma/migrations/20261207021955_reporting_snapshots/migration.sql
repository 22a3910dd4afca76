-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "ratingsSharedSince" TIMESTAMP(3),
ADD COLUMN     "ratingsSharedUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "snapshotsTakenAt" TIMESTAMP(3);

-- AlterTable (edited: existing teams count as settled long ago, new ones from when they are made;
-- an UPDATE here would see no rows, since row-level security is forced on the owner too)
ALTER TABLE "Team" ADD COLUMN     "membersChangedAt" TIMESTAMP(3) NOT NULL DEFAULT '1970-01-01 00:00:00';
ALTER TABLE "Team" ALTER COLUMN "membersChangedAt" SET DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "RatingSnapshot" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "teamId" UUID,
    "groupKey" TEXT NOT NULL,
    "statementId" UUID NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,
    "counts" INTEGER[],
    "raterCount" INTEGER NOT NULL,
    "roster" JSONB,
    "heldBack" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatingSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RatingSnapshot_organizationId_groupKey_takenAt_idx" ON "RatingSnapshot"("organizationId", "groupKey", "takenAt");

-- CreateIndex
CREATE UNIQUE INDEX "RatingSnapshot_organizationId_groupKey_statementId_takenAt_key" ON "RatingSnapshot"("organizationId", "groupKey", "statementId", "takenAt");

-- AddForeignKey
ALTER TABLE "RatingSnapshot" ADD CONSTRAINT "RatingSnapshot_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingSnapshot" ADD CONSTRAINT "RatingSnapshot_organizationId_teamId_fkey" FOREIGN KEY ("organizationId", "teamId") REFERENCES "Team"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingSnapshot" ADD CONSTRAINT "RatingSnapshot_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
