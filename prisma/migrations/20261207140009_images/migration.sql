-- CreateTable
CREATE TABLE "Image" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("organizationId", "id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Image_organizationId_sha256_key" ON "Image"("organizationId", "sha256");

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: row-level security as on every tenant table (ADR 006). An image is served only in
-- a transaction scoped to its organization, so another organization's id finds nothing (404).
ALTER TABLE "Image" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Image" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Image"
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
