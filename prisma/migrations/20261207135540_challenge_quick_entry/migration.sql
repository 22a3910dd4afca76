-- AlterTable
ALTER TABLE "ChallengeAttempt" ALTER COLUMN "area" DROP NOT NULL,
ALTER COLUMN "feelingBefore" DROP NOT NULL,
ALTER COLUMN "feelingAfter" DROP NOT NULL;
