-- CreateEnum
CREATE TYPE "ChallengeArea" AS ENUM ('job_search', 'work', 'social', 'romantic', 'other');

-- CreateEnum
CREATE TYPE "ChallengeOutcome" AS ENUM ('no', 'yes', 'no_answer');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "lastActivityAt" TIMESTAMP(3),
ADD COLUMN     "shareRatingsWithManager" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ResourceCompletion" (
    "organizationId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "resourceRevision" INTEGER NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceCompletion_pkey" PRIMARY KEY ("organizationId","membershipId","resourceId")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "statementRevision" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "unclear" BOOLEAN NOT NULL DEFAULT false,
    "wantsHelp" BOOLEAN NOT NULL DEFAULT false,
    "requestKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingNote" (
    "ratingId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatingNote_pkey" PRIMARY KEY ("ratingId")
);

-- CreateTable
CREATE TABLE "CurrentRating" (
    "organizationId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "ratingId" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "statementRevision" INTEGER NOT NULL,
    "ratedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CurrentRating_pkey" PRIMARY KEY ("organizationId","membershipId","statementId")
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),
    "handledById" UUID,

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reflection" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "promptIndex" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeGoal" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "target" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "shareCountWithTeams" BOOLEAN NOT NULL DEFAULT false,
    "noCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeAttempt" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "occurredOn" DATE NOT NULL,
    "area" "ChallengeArea" NOT NULL,
    "ask" TEXT NOT NULL,
    "outcome" "ChallengeOutcome" NOT NULL,
    "feelingBefore" INTEGER NOT NULL,
    "feelingAfter" INTEGER NOT NULL,
    "lesson" TEXT NOT NULL DEFAULT '',
    "requestKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResourceCompletion_organizationId_programId_idx" ON "ResourceCompletion"("organizationId", "programId");

-- CreateIndex
CREATE INDEX "Rating_organizationId_membershipId_statementId_createdAt_idx" ON "Rating"("organizationId", "membershipId", "statementId", "createdAt");

-- CreateIndex
CREATE INDEX "Rating_organizationId_statementId_createdAt_idx" ON "Rating"("organizationId", "statementId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_organizationId_requestKey_key" ON "Rating"("organizationId", "requestKey");

-- CreateIndex
CREATE INDEX "RatingNote_organizationId_userId_idx" ON "RatingNote"("organizationId", "userId");

-- CreateIndex
CREATE INDEX "CurrentRating_organizationId_programId_statementId_idx" ON "CurrentRating"("organizationId", "programId", "statementId");

-- CreateIndex
CREATE INDEX "HelpRequest_organizationId_membershipId_idx" ON "HelpRequest"("organizationId", "membershipId");

-- CreateIndex
CREATE INDEX "HelpRequest_organizationId_handledAt_idx" ON "HelpRequest"("organizationId", "handledAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reflection_organizationId_membershipId_statementId_promptIn_key" ON "Reflection"("organizationId", "membershipId", "statementId", "promptIndex");

-- CreateIndex
CREATE UNIQUE INDEX "ChallengeGoal_organizationId_membershipId_key" ON "ChallengeGoal"("organizationId", "membershipId");

-- CreateIndex
CREATE INDEX "ChallengeAttempt_organizationId_membershipId_occurredOn_idx" ON "ChallengeAttempt"("organizationId", "membershipId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "ChallengeAttempt_organizationId_requestKey_key" ON "ChallengeAttempt"("organizationId", "requestKey");

-- AddForeignKey
ALTER TABLE "ResourceCompletion" ADD CONSTRAINT "ResourceCompletion_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceCompletion" ADD CONSTRAINT "ResourceCompletion_organizationId_resourceId_fkey" FOREIGN KEY ("organizationId", "resourceId") REFERENCES "ProgramResource"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingNote" ADD CONSTRAINT "RatingNote_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurrentRating" ADD CONSTRAINT "CurrentRating_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurrentRating" ADD CONSTRAINT "CurrentRating_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeGoal" ADD CONSTRAINT "ChallengeGoal_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeAttempt" ADD CONSTRAINT "ChallengeAttempt_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
