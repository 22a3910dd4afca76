-- AlterEnum
ALTER TYPE "ProgramStatus" ADD VALUE 'archived';
