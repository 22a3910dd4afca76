-- CreateEnum
CREATE TYPE "ProgramStatus" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "title" JSONB NOT NULL,
    "tagline" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "quote" JSONB,
    "status" "ProgramStatus" NOT NULL DEFAULT 'draft',
    "sourceProgramId" UUID,
    "sourceVersion" TEXT,
    "copyRequestKey" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramStatement" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "text" JSONB NOT NULL,
    "reflectionPrompts" JSONB NOT NULL DEFAULT '[]',
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "textUpdatedAt" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramResource" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "textUpdatedAt" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "teamId" UUID,
    "audienceKey" TEXT NOT NULL,
    "dueDate" DATE,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Program_organizationId_sourceProgramId_idx" ON "Program"("organizationId", "sourceProgramId");

-- CreateIndex
CREATE UNIQUE INDEX "Program_organizationId_id_key" ON "Program"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Program_organizationId_copyRequestKey_key" ON "Program"("organizationId", "copyRequestKey");

-- CreateIndex
CREATE INDEX "ProgramStatement_organizationId_programId_position_idx" ON "ProgramStatement"("organizationId", "programId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramStatement_organizationId_id_key" ON "ProgramStatement"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramStatement_organizationId_programId_key_key" ON "ProgramStatement"("organizationId", "programId", "key");

-- CreateIndex
CREATE INDEX "ProgramResource_organizationId_statementId_position_idx" ON "ProgramResource"("organizationId", "statementId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramResource_organizationId_id_key" ON "ProgramResource"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramResource_organizationId_programId_key_key" ON "ProgramResource"("organizationId", "programId", "key");

-- CreateIndex
CREATE INDEX "Assignment_organizationId_teamId_idx" ON "Assignment"("organizationId", "teamId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_organizationId_programId_audienceKey_key" ON "Assignment"("organizationId", "programId", "audienceKey");

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramStatement" ADD CONSTRAINT "ProgramStatement_organizationId_programId_fkey" FOREIGN KEY ("organizationId", "programId") REFERENCES "Program"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramResource" ADD CONSTRAINT "ProgramResource_organizationId_programId_fkey" FOREIGN KEY ("organizationId", "programId") REFERENCES "Program"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramResource" ADD CONSTRAINT "ProgramResource_organizationId_statementId_fkey" FOREIGN KEY ("organizationId", "statementId") REFERENCES "ProgramStatement"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_organizationId_programId_fkey" FOREIGN KEY ("organizationId", "programId") REFERENCES "Program"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
