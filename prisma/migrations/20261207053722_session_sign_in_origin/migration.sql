-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "idTokenCiphertext" TEXT,
ADD COLUMN     "signedInWith" TEXT;
