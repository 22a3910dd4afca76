-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "mailError" TEXT,
ADD COLUMN     "mailFailedAt" TIMESTAMP(3),
ADD COLUMN     "mailSentAt" TIMESTAMP(3);
