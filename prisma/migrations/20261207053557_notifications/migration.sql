-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "overdueReminder" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "reminderDaysBefore" INTEGER[] DEFAULT ARRAY[7, 1]::INTEGER[];

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mailOptOut" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_organizationId_userId_idx" ON "Notification"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_organizationId_key_key" ON "Notification"("organizationId", "key");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: row-level security (each organization sees its own notifications), and the one way
-- the notification scheduler (lib/notifications/run-due-notifications.ts) may list organizations and
-- their reminder settings: SELECT only, in a transaction that says it is that scheduler.
ALTER TABLE "Notification" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Notification" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Notification"
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

CREATE POLICY notification_scheduler ON "Organization" FOR SELECT
  USING (current_setting('app.scheduler', true) = 'notifications');
